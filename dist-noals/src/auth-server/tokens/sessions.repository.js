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
exports.SessionsRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const raw_entity_1 = require("../../database/raw-entity");
const refresh_token_entity_1 = require("./refresh-token.entity");
const token_constants_1 = require("./token.constants");
const session_entity_1 = require("./session.entity");
let SessionsRepository = class SessionsRepository {
    dataSource;
    // The refresh_token grant reads these on every request, so they skip the query builder.
    refreshTokenByHash;
    sessionById;
    sessionColumns;
    refreshTokenWithSessionSql;
    constructor(dataSource) {
        this.dataSource = dataSource;
        this.refreshTokenByHash = new raw_entity_1.RawEntityQuery(dataSource, refresh_token_entity_1.RefreshTokenEntity, 'token_hash = $1');
        this.sessionById = new raw_entity_1.RawEntityQuery(dataSource, session_entity_1.SessionEntity, 'id = $1');
        const tokenColumns = dataSource
            .getMetadata(refresh_token_entity_1.RefreshTokenEntity)
            .columns.map((column) => `t."${column.databaseName}"`);
        this.sessionColumns = dataSource
            .getMetadata(session_entity_1.SessionEntity)
            .columns.map((column) => column.databaseName);
        // Session columns get a prefix, since both tables have columns such as id.
        const sessionOutput = this.sessionColumns.map((name) => `s."${name}" AS "session.${name}"`);
        this.refreshTokenWithSessionSql = `SELECT ${[...tokenColumns, ...sessionOutput].join(', ')}
      FROM refresh_tokens t LEFT JOIN sessions s ON s.id = t.session_id
      WHERE t.token_hash = $1`;
    }
    transaction(work) {
        return this.dataSource.transaction(work);
    }
    /**
     * Inserts a session with its first refresh token in one statement, unless the player is
     * self-excluded, and returns the session id, or null when the player is self-excluded or gone.
     * FOR SHARE on the player's row orders the insert against a concurrent self-exclusion: either
     * the self-exclusion waits and then revokes this session, or the insert waits and then reads the
     * new status.
     */
    async createSession(session, refreshToken, manager) {
        const rows = await (manager ?? this.dataSource).query(`WITH created AS (
         INSERT INTO sessions (user_id, client_ref, brand_id, scope, user_agent, ip)
         SELECT id, $2, $3, $4, $5, $6 FROM (
           SELECT id, status FROM users WHERE id = $1 FOR SHARE
         ) player
         WHERE player.status <> 'self_excluded'
         RETURNING id
       )
       INSERT INTO refresh_tokens (session_id, token_hash, scope, expires_at)
       SELECT id, $7, $8, $9 FROM created
       RETURNING session_id`, [
            session.userId,
            session.clientRef,
            session.brandId,
            session.scope,
            session.userAgent,
            session.ip,
            refreshToken.tokenHash,
            refreshToken.scope,
            refreshToken.expiresAt,
        ]);
        return rows.length === 1 ? rows[0].session_id : null;
    }
    /** Reads a refresh token by its hash together with its session, in one statement. */
    async findRefreshToken(tokenHash) {
        const rows = await this.dataSource.query(this.refreshTokenWithSessionSql, [tokenHash]);
        if (rows.length === 0) {
            return null;
        }
        const row = rows[0];
        const token = this.refreshTokenByHash.hydrate(row);
        if (row['session.id'] === null) {
            throw new Error(`Session ${token.sessionId} of a refresh token was not found`);
        }
        const sessionRow = Object.fromEntries(this.sessionColumns.map((name) => [name, row[`session.${name}`]]));
        return { token, session: this.sessionById.hydrate(sessionRow) };
    }
    /**
     * Marks a refresh token used. Returns false when another request used it first, which makes
     * concurrent rotations of one token race to a single winner.
     */
    async markUsed(manager, tokenId) {
        const result = await manager
            .createQueryBuilder()
            .update(refresh_token_entity_1.RefreshTokenEntity)
            .set({ usedAt: () => 'now()' })
            .where('id = :tokenId AND used_at IS NULL', { tokenId })
            .execute();
        return result.affected === 1;
    }
    /**
     * Rotates a refresh token in one statement: marks it used, records the request origin on its
     * session and inserts its successor. Returns false, changing nothing, when another request used
     * the token first, which makes concurrent rotations of one token race to a single winner. A
     * null origin field keeps the stored value.
     */
    async rotateRefreshToken(tokenId, origin, successor) {
        const rows = await this.dataSource.query(`WITH used AS (
         UPDATE refresh_tokens SET used_at = now()
         WHERE id = $1 AND used_at IS NULL
         RETURNING session_id
       ), touched AS (
         UPDATE sessions
         SET last_refreshed_at = now(),
             user_agent = COALESCE($2, sessions.user_agent),
             ip = COALESCE($3, sessions.ip)
         FROM used
         WHERE sessions.id = used.session_id
         RETURNING sessions.id
       )
       INSERT INTO refresh_tokens (session_id, token_hash, scope, expires_at)
       SELECT id, $4, $5, $6 FROM touched
       RETURNING id`, [
            tokenId,
            origin.userAgent,
            origin.ip,
            successor.tokenHash,
            successor.scope,
            successor.expiresAt,
        ]);
        return rows.length === 1;
    }
    /**
     * Lists a player's active sessions, newest first: not revoked and holding an unused,
     * unexpired refresh token.
     */
    findActiveOfUser(brandId, userId) {
        return this.dataSource.query(`SELECT s.id, c.client_id, c.name AS client_name, s.created_at, s.last_refreshed_at,
              s.user_agent, s.ip
       FROM sessions s
       JOIN oauth_clients c ON c.id = s.client_ref
       WHERE s.brand_id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL
         AND EXISTS (
           SELECT 1 FROM refresh_tokens t
           WHERE t.session_id = s.id AND t.used_at IS NULL AND t.expires_at > now()
         )
       ORDER BY s.created_at DESC, s.id`, [brandId, userId]);
    }
    /** Finds a session of the player that is not revoked. */
    findUnrevokedOfUser(brandId, userId, sessionId) {
        return this.dataSource
            .getRepository(session_entity_1.SessionEntity)
            .findOneBy({ id: sessionId, brandId, userId, revokedAt: (0, typeorm_2.IsNull)() });
    }
    /**
     * Revokes every unrevoked session of a player except `keepSessionId`, notifies every instance as
     * revokeSession does, and returns the ids of the sessions revoked.
     */
    async revokeSessionsOfUser(manager, userId, reason, keepSessionId) {
        const [rows] = await manager.query(`UPDATE sessions SET revoked_at = now(), revoked_reason = $2
       WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $3
       RETURNING id`, [userId, reason, keepSessionId ?? null]);
        const ids = rows.map((row) => row.id);
        if (ids.length > 0) {
            await manager.query('SELECT pg_notify($1, id::text) FROM unnest($2::uuid[]) AS id', [
                token_constants_1.SESSION_REVOKED_CHANNEL,
                ids,
            ]);
        }
        return ids;
    }
    /**
     * Revokes a session and notifies every instance through NOTIFY, delivered when the surrounding
     * transaction commits. Returns false when the session was already revoked.
     */
    async revokeSession(manager, sessionId, reason) {
        const result = await manager
            .createQueryBuilder()
            .update(session_entity_1.SessionEntity)
            .set({ revokedAt: () => 'now()', revokedReason: reason })
            .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
            .execute();
        await manager.query('SELECT pg_notify($1, $2)', [token_constants_1.SESSION_REVOKED_CHANNEL, sessionId]);
        return result.affected === 1;
    }
    /** Returns the sessions revoked within the last `seconds`, with their revocation time. */
    findRevokedSince(seconds) {
        return this.dataSource.query(`SELECT id, revoked_at FROM sessions WHERE revoked_at > now() - make_interval(secs => $1)`, [seconds]);
    }
};
exports.SessionsRepository = SessionsRepository;
exports.SessionsRepository = SessionsRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], SessionsRepository);
//# sourceMappingURL=sessions.repository.js.map