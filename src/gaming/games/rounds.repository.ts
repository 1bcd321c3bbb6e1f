import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { DebitOrder } from '../../brands/brand-settings';
import { queryPrepared } from '../../database/prepared-query';
import { RawEntityQuery } from '../../database/raw-entity';
import { WalletEntity } from '../wallet/wallet.entity';
import { GameSessionEntity } from './game-session.entity';
import { RoundSettlement, settleRoundSql, settlementParameters } from './round-settlement';

export interface RoundClaim {
  brandId: string;
  roundId: string;
  sessionId: string;
  bet: number;
  win: number;
}

/** A claimed round with what recording it needs from its session, wallet, game and brand. */
export interface ClaimedRound extends LockedRoundWallet {
  roundRowId: string;
  /** The session as locked by the claim. */
  session: GameSessionEntity;
  /** Empty when the game is not in the session's brand. */
  gameName: string;
  debitOrder: DebitOrder;
}

/** The session's wallet row as the claim locked it, with the player's bonus and limit flags. */
export interface LockedRoundWallet {
  wallet: WalletEntity;
  hasActiveBonus: boolean;
  /** Whether the player has a loss limit row, set or removed, in the session's brand. */
  hasLossLimit: boolean;
}

/** A round id already reported, looked up in the session it was reported for. */
export interface ReportedRound {
  sessionId: string | null;
  response: object | null;
}

/** Prefix of the wallet's columns in the rows of the claim, which also hold the session's. */
const WALLET_PREFIX = 'wallet.';

/**
 * Claims, locks and settles the rounds that game providers report. Every round runs the claim
 * and the settlement, so they skip TypeORM's query builder and run as prepared statements.
 */
@Injectable()
export class RoundsRepository {
  private readonly sessions: RawEntityQuery<GameSessionEntity>;
  private readonly wallets: RawEntityQuery<WalletEntity>;
  private readonly claimRoundSql: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    const sessionColumns = dataSource
      .getMetadata(GameSessionEntity)
      .columns.map((column) => `s."${column.databaseName}"`)
      .join(', ');
    const walletColumns = dataSource
      .getMetadata(WalletEntity)
      .columns.map(
        (column) => `w."${column.databaseName}" AS "${WALLET_PREFIX}${column.databaseName}"`,
      )
      .join(', ');
    // The provider of the round id is that of the session's game, read in the same statement.
    // PostgreSQL locks the tables of FOR NO KEY UPDATE OF in the order listed, for each joined
    // row (checked on 15.20), so the session is locked before its wallet. No other path locks a
    // game session after a wallet. Every session has a wallet (wallet_id is NOT NULL and cascades
    // deletes), so the inner join drops no claim.
    this.claimRoundSql = `WITH target AS (
        SELECT s.id, COALESCE(g.provider, '') AS provider
        FROM game_sessions s
        LEFT JOIN games g ON g.id = s.game_id AND g.brand_id = s.brand_id
        WHERE s.id = $3 AND s.brand_id = $1
      ), claimed AS (
        INSERT INTO game_rounds (brand_id, provider, round_id, session_id, bet, win)
        SELECT $1::uuid, target.provider, $2::varchar, target.id, $4::bigint, $5::bigint
        FROM target
        ON CONFLICT (brand_id, provider, round_id) DO NOTHING
        RETURNING id
      )
      SELECT ${sessionColumns}, ${walletColumns}, claimed.id AS "claimedRoundId",
        COALESCE(g.name, '') AS "claimedGameName", b.debit_order AS "claimedDebitOrder",
        EXISTS (SELECT 1 FROM player_bonuses pb
          WHERE pb.user_id = w.user_id AND pb.status = 'active') AS "hasActiveBonus",
        EXISTS (SELECT 1 FROM loss_limits l
          WHERE l.user_id = s.user_id AND l.brand_id = s.brand_id) AS "hasLossLimit"
      FROM claimed
      JOIN game_sessions s ON s.id = $3
      JOIN wallets w ON w.id = s.wallet_id
      JOIN brands b ON b.id = s.brand_id
      LEFT JOIN games g ON g.id = s.game_id AND g.brand_id = s.brand_id
      FOR NO KEY UPDATE OF s, w`;
    // Only their `hydrate` is used, on the rows of the claim.
    this.sessions = new RawEntityQuery(dataSource, GameSessionEntity, 'id = $1');
    this.wallets = new RawEntityQuery(dataSource, WalletEntity, 'id = $1');
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Claims a round id for a session of the brand and locks the session row, then its wallet row,
   * in one statement. The statement also reads the game's name, the brand's debit order and
   * whether the player has an active bonus and a loss limit row. Returns null when the brand has
   * no such session or the id was already claimed; `findReported` distinguishes the two.
   *
   * When another uncommitted transaction inserted the same id, PostgreSQL waits for it to end: a
   * commit makes this claim fail, a rollback lets it succeed. The locks are FOR NO KEY UPDATE:
   * the claimed round's foreign key takes FOR KEY SHARE on the session row, and FOR UPDATE would
   * deadlock two concurrent rounds of one session. The bonus and loss limit checks read the
   * snapshot taken before any wait for the locks, so they can miss a bonus activated or a limit
   * set meanwhile. The activation also credited the bonus balance, which the locked wallet row
   * does show, and `settle` checks for a limit again after the locks.
   */
  async claimRound(manager: EntityManager, claim: RoundClaim): Promise<ClaimedRound | null> {
    const rows = await queryPrepared<Record<string, unknown>>(
      manager,
      'rounds_claim',
      this.claimRoundSql,
      [claim.brandId, claim.roundId, claim.sessionId, claim.bet, claim.win],
    );
    if (rows.length === 0) {
      return null;
    }
    const row = rows[0];
    return {
      roundRowId: row.claimedRoundId as string,
      session: this.sessions.hydrate(row),
      gameName: row.claimedGameName as string,
      debitOrder: row.claimedDebitOrder as DebitOrder,
      wallet: this.wallets.hydrate(walletColumnsOf(row)),
      hasActiveBonus: row.hasActiveBonus === true,
      hasLossLimit: row.hasLossLimit === true,
    };
  }

  /**
   * Looks up a round id of the session's game provider. Returns null when the brand has no such
   * session, and a round with a null `sessionId` when the id was never reported.
   */
  async findReported(
    brandId: string,
    sessionId: string,
    roundId: string,
  ): Promise<ReportedRound | null> {
    const rows: ReportedRound[] = await this.dataSource.query(
      `SELECT r.session_id AS "sessionId", r.response
       FROM game_sessions s
       LEFT JOIN games g ON g.id = s.game_id AND g.brand_id = s.brand_id
       LEFT JOIN game_rounds r ON r.brand_id = s.brand_id
         AND r.provider = COALESCE(g.provider, '') AND r.round_id = $3
       WHERE s.id = $1 AND s.brand_id = $2`,
      [sessionId, brandId, roundId],
    );
    return rows[0] ?? null;
  }

  /**
   * Writes a round's balance movements with their ledger entries and its session totals and
   * stored response, in one statement (see round-settlement.ts). Returns false, having written
   * nothing, when `unlessLossLimit` is set and the player has a loss limit row.
   */
  async settle(manager: EntityManager, settlement: RoundSettlement): Promise<boolean> {
    const rows = await queryPrepared<SettlementRow>(
      manager,
      'rounds_settle',
      settleRoundSql,
      settlementParameters(settlement),
    );
    const row = rows[0];
    if (!row.allowed) {
      return false;
    }
    const moves = settlement.movements.length;
    if (moves > 0 && (row.moved !== 1 || row.entries !== moves)) {
      throw new Error(
        `Wallet ${settlement.walletId} did not contain the balances its lock read, ` +
          `so round ${settlement.roundRowId} was not settled`,
      );
    }
    if (settlement.finish && row.finished !== 1) {
      throw new Error(
        `Game session ${settlement.finish.sessionId} was not found to add a round's totals`,
      );
    }
    return true;
  }
}

interface SettlementRow {
  allowed: boolean;
  moved: number;
  entries: number;
  finished: number;
}

/** Returns the wallet's columns of a claim row, keyed by column name. */
function walletColumnsOf(row: Record<string, unknown>): Record<string, unknown> {
  const wallet: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith(WALLET_PREFIX)) {
      wallet[key.slice(WALLET_PREFIX.length)] = value;
    }
  }
  return wallet;
}
