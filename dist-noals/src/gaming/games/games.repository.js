"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GamesRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const raw_entity_1 = require("../../database/raw-entity");
const wallet_entity_1 = require("../wallet/wallet.entity");
const game_round_entity_1 = require("./game-round.entity");
const game_session_entity_1 = require("./game-session.entity");
const game_entity_1 = require("./game.entity");
/** Stores the games catalogue, game sessions and the rounds reported for them. */
let GamesRepository = class GamesRepository {
    dataSource;
    // Every reported round runs these, so they skip TypeORM's query builder.
    gameInBrand;
    lockedSession;
    lockedWallet;
    roundTargetSql;
    claimRoundSql;
    constructor(dataSource) {
        this.dataSource = dataSource;
        const sessionColumns = dataSource
            .getMetadata(game_session_entity_1.GameSessionEntity)
            .columns.map((column) => `s."${column.databaseName}"`)
            .join(', ');
        this.roundTargetSql = `SELECT ${sessionColumns}, g.provider AS "targetProvider",
        g.name AS "targetGameName", b.debit_order AS "targetDebitOrder"
      FROM game_sessions s
      JOIN brands b ON b.id = s.brand_id
      LEFT JOIN games g ON g.id = s.game_id AND g.brand_id = s.brand_id
      WHERE s.id = $1 AND s.brand_id = $2`;
        this.claimRoundSql = `WITH claimed AS (
        INSERT INTO game_rounds (brand_id, provider, round_id, session_id, bet, win)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (brand_id, provider, round_id) DO NOTHING
        RETURNING id
      )
      SELECT ${sessionColumns}, claimed.id AS "claimedRoundId"
      FROM claimed JOIN game_sessions s ON s.id = $4
      FOR NO KEY UPDATE OF s`;
        this.gameInBrand = new raw_entity_1.RawEntityQuery(dataSource, game_entity_1.GameEntity, 'brand_id = $1 AND id = $2');
        this.lockedSession = new raw_entity_1.RawEntityQuery(dataSource, game_session_entity_1.GameSessionEntity, 'id = $1', 'FOR NO KEY UPDATE');
        this.lockedWallet = new raw_entity_1.RawEntityQuery(dataSource, wallet_entity_1.WalletEntity, 'id = $1', 'FOR NO KEY UPDATE', `EXISTS (SELECT 1 FROM player_bonuses b
         WHERE b.user_id = wallets.user_id AND b.status = 'active') AS "hasActiveBonus"`);
    }
    transaction(work) {
        return this.dataSource.transaction(work);
    }
    createGame(game) {
        const repository = this.dataSource.getRepository(game_entity_1.GameEntity);
        return repository.save(repository.create(game));
    }
    saveGame(game) {
        return this.dataSource.getRepository(game_entity_1.GameEntity).save({ ...game, updatedAt: new Date() });
    }
    findGame(brandId, id) {
        return this.gameInBrand.findOne([brandId, id]);
    }
    findGames(brandId, offset, limit) {
        return this.dataSource.getRepository(game_entity_1.GameEntity).findAndCount({
            where: { brandId },
            order: { createdAt: 'ASC', id: 'ASC' },
            skip: offset,
            take: limit,
        });
    }
    /** Inserts a session and reads it back with the dates the database set. */
    async createSession(session) {
        const repository = this.dataSource.getRepository(game_session_entity_1.GameSessionEntity);
        const { id } = await repository.save(repository.create(session));
        return repository.findOneByOrFail({ id });
    }
    findSession(where, manager = this.dataSource.manager) {
        return manager.findOneBy(game_session_entity_1.GameSessionEntity, where);
    }
    /**
     * Reads a session of a brand with its game's provider and name and the brand's debit order in
     * one statement. Returns null when the brand has no such session.
     */
    async findRoundTarget(brandId, sessionId) {
        const rows = await this.dataSource.query(this.roundTargetSql, [
            sessionId,
            brandId,
        ]);
        if (rows.length === 0) {
            return null;
        }
        const row = rows[0];
        return {
            session: this.lockedSession.hydrate(row),
            provider: row.targetProvider ?? '',
            gameName: row.targetGameName ?? '',
            debitOrder: row.targetDebitOrder,
        };
    }
    findSessions(userId, filter, offset, limit) {
        const query = this.dataSource
            .getRepository(game_session_entity_1.GameSessionEntity)
            .createQueryBuilder('s')
            .where('s.user_id = :userId', { userId });
        if (filter.gameId)
            query.andWhere('s.game_id = :gameId', { gameId: filter.gameId });
        if (filter.from)
            query.andWhere('s.start_date >= :from', { from: filter.from });
        if (filter.to)
            query.andWhere('s.start_date < :to', { to: filter.to });
        return query
            .orderBy('s.start_date', 'DESC')
            .addOrderBy('s.id', 'DESC')
            .skip(offset)
            .take(limit)
            .getManyAndCount();
    }
    async gameNames(ids) {
        if (ids.length === 0)
            return new Map();
        const games = await this.dataSource
            .getRepository(game_entity_1.GameEntity)
            .createQueryBuilder('g')
            .where('g.id IN (:...ids)', { ids })
            .getMany();
        return new Map(games.map((game) => [game.id, game.name]));
    }
    /** Ends an active session; returns null when it was already ended. */
    async endSession(id) {
        const [rows] = await this.dataSource.query(`UPDATE game_sessions SET status = 'ended', end_date = now()
       WHERE id = $1 AND status = 'active' RETURNING id`, [id]);
        return rows.length ? this.dataSource.manager.findOneBy(game_session_entity_1.GameSessionEntity, { id }) : null;
    }
    /**
     * Claims a round id and locks its session row in one statement. Returns null when the id was
     * already claimed. When another uncommitted transaction inserted the same id, PostgreSQL waits
     * for it to end: a commit makes this claim fail, a rollback lets it succeed. The lock is FOR NO
     * KEY UPDATE: the claimed round's foreign key takes FOR KEY SHARE on the same row, and FOR
     * UPDATE would deadlock two concurrent rounds of one session.
     */
    async claimRound(manager, claim) {
        const rows = await manager.query(this.claimRoundSql, [
            claim.brandId,
            claim.provider,
            claim.roundId,
            claim.sessionId,
            claim.bet,
            claim.win,
        ]);
        if (rows.length === 0) {
            return null;
        }
        const row = rows[0];
        return { roundRowId: row.claimedRoundId, session: this.lockedSession.hydrate(row) };
    }
    findRound(brandId, provider, roundId) {
        return this.dataSource.manager.findOneBy(game_round_entity_1.GameRoundEntity, { brandId, provider, roundId });
    }
    /**
     * Locks the wallet row FOR NO KEY UPDATE and returns it with whether an active bonus of its
     * player was seen. That check reads the snapshot taken before any wait for the lock, so it can
     * miss a bonus activated meanwhile. The activation also credited the bonus balance, which the
     * locked row does show.
     */
    async lockWallet(manager, id) {
        const row = await this.lockedWallet.findRow([id], manager);
        return row
            ? { wallet: this.lockedWallet.hydrate(row), hasActiveBonus: row.hasActiveBonus === true }
            : null;
    }
    /**
     * Adds a round's bet and win to its session's totals, sets the balance after it and the time of
     * the latest activity, and stores the round's response, in one statement.
     */
    async finishRound(manager, round, response) {
        // TypeORM returns [rows, affected count] for an UPDATE.
        const [rows] = await manager.query(`WITH totals AS (
         UPDATE game_sessions
         SET bet = bet + $2, win = win + $3, amount_after = $4, last_activity_at = now()
         WHERE id = $1
         RETURNING id
       )
       UPDATE game_rounds SET response = $6::jsonb
       WHERE id = $5 AND EXISTS (SELECT 1 FROM totals)
       RETURNING id`, [
            round.sessionId,
            round.bet,
            round.win,
            round.amountAfter.toString(),
            round.roundRowId,
            JSON.stringify(response),
        ]);
        if (rows.length !== 1) {
            throw new Error(`Game session ${round.sessionId} was not found to add a round's totals`);
        }
    }
};
exports.GamesRepository = GamesRepository;
exports.GamesRepository = GamesRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], GamesRepository);
//# sourceMappingURL=games.repository.js.map