import { BalanceKind } from '../wallet/ledger-entry.entity';
import { BetSplit } from './bet-split';

/** One balance change of a round, with the balance it leaves, in minor units. */
export interface RoundMovement {
  balance: BalanceKind;
  type: 'bet' | 'win';
  /** Negative for a bet and positive for a win, never zero. */
  amount: bigint;
  balanceAfter: bigint;
}

/** Everything a round writes after its claim, in one statement. Each part may be empty. */
export interface RoundSettlement {
  walletId: string;
  roundRowId: string;
  /** The balances the movements start from, as the wallet lock read them. */
  balancesBefore: { real: bigint; bonus: bigint };
  /** In the order their ledger entries are written. */
  movements: RoundMovement[];
  /** Write nothing when this player has a loss limit row in this brand. */
  unlessLossLimit?: { userId: string; brandId: string };
  /** The session totals and the response a repeat of the round returns. */
  finish?: { sessionId: string; bet: number; win: number; amountAfter: bigint; response: object };
}

/**
 * Builds the movements of a round in ledger order: the real part of the bet, its bonus part,
 * then the win, which is credited to real money. Zero parts are left out.
 */
export function roundMovements(
  before: { real: bigint; bonus: bigint },
  split: BetSplit,
  win: bigint,
): RoundMovement[] {
  const movements: RoundMovement[] = [];
  let real = before.real;
  let bonus = before.bonus;
  if (split.real > 0n) {
    real -= split.real;
    movements.push({ balance: 'real', type: 'bet', amount: -split.real, balanceAfter: real });
  }
  if (split.bonus > 0n) {
    bonus -= split.bonus;
    movements.push({ balance: 'bonus', type: 'bet', amount: -split.bonus, balanceAfter: bonus });
  }
  if (win > 0n) {
    real += win;
    movements.push({ balance: 'real', type: 'win', amount: win, balanceAfter: real });
  }
  return movements;
}

/**
 * The statement behind RoundsRepository.settle. `allowed` is false when the loss-limit guard
 * found a limit row, and then every write below is skipped. Its snapshot is taken after the
 * wallet lock is held, so it reads a limit that a concurrent change committed while the round
 * waited for that lock. The wallet UPDATE applies all movements at once and only when the
 * balances still equal those the entries' `balance_after` values were computed from. The ledger
 * rows are inserted in `position` order, so their ids follow the movement order. No movements
 * leave the wallet row untouched.
 */
export const settleRoundSql = `WITH allowed AS (
    SELECT NOT ($1::boolean AND EXISTS (
      SELECT 1 FROM loss_limits WHERE user_id = $2::uuid AND brand_id = $3::uuid
    )) AS ok
  ), moved AS (
    UPDATE wallets
    SET real_balance = real_balance + $5::bigint, bonus_balance = bonus_balance + $6::bigint,
      updated_at = now()
    WHERE id = $4::uuid AND cardinality($9::text[]) > 0 AND (SELECT ok FROM allowed)
      AND real_balance = $7::bigint AND bonus_balance = $8::bigint
    RETURNING id
  ), entries AS (
    INSERT INTO ledger_entries
      (wallet_id, type, balance, amount, balance_after, reference_type, reference_id)
    SELECT moved.id, e.type, e.balance, e.amount, e.balance_after, 'round', $13::text
    FROM moved CROSS JOIN unnest($9::text[], $10::text[], $11::bigint[], $12::bigint[])
      WITH ORDINALITY AS e(type, balance, amount, balance_after, position)
    ORDER BY e.position
    RETURNING id
  ), totals AS (
    UPDATE game_sessions
    SET bet = bet + $16::bigint, win = win + $17::bigint, amount_after = $18::bigint,
      last_activity_at = now()
    WHERE $14::boolean AND id = $15::uuid AND (SELECT ok FROM allowed)
    RETURNING id
  ), stored AS (
    UPDATE game_rounds SET response = $19::jsonb
    WHERE id = $13::text::uuid AND EXISTS (SELECT 1 FROM totals)
    RETURNING id
  )
  SELECT (SELECT ok FROM allowed) AS allowed,
    (SELECT count(*) FROM moved)::int AS moved,
    (SELECT count(*) FROM entries)::int AS entries,
    (SELECT count(*) FROM stored)::int AS finished`;

/** Returns the parameters of settleRoundSql for a settlement. */
export function settlementParameters(settlement: RoundSettlement): unknown[] {
  const { movements, finish, unlessLossLimit } = settlement;
  const delta = (balance: BalanceKind): bigint =>
    movements
      .filter((movement) => movement.balance === balance)
      .reduce((sum, movement) => sum + movement.amount, 0n);
  return [
    unlessLossLimit !== undefined,
    unlessLossLimit?.userId ?? null,
    unlessLossLimit?.brandId ?? null,
    settlement.walletId,
    delta('real').toString(),
    delta('bonus').toString(),
    settlement.balancesBefore.real.toString(),
    settlement.balancesBefore.bonus.toString(),
    movements.map((movement) => movement.type),
    movements.map((movement) => movement.balance),
    movements.map((movement) => movement.amount.toString()),
    movements.map((movement) => movement.balanceAfter.toString()),
    settlement.roundRowId,
    finish !== undefined,
    finish?.sessionId ?? null,
    finish?.bet ?? 0,
    finish?.win ?? 0,
    finish?.amountAfter.toString() ?? '0',
    finish ? JSON.stringify(finish.response) : null,
  ];
}
