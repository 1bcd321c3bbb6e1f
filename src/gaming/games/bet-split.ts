import { DebitOrder } from '../../brands/brand-settings';
import { ApiException } from '../../common/errors/api.exception';

/** The parts of a bet taken from each balance, in minor units. */
export interface BetSplit {
  real: bigint;
  bonus: bigint;
}

/**
 * Splits a bet between the real and bonus balances in the brand's debit order: the first balance
 * pays as much as it contains and the second pays the rest. Throws 422 `insufficient_funds` when
 * the two together fall short.
 */
export function splitBet(
  balances: { realBalance: string; bonusBalance: string },
  bet: bigint,
  order: DebitOrder,
): BetSplit {
  const real = BigInt(balances.realBalance);
  const bonus = BigInt(balances.bonusBalance);
  if (real + bonus < bet) {
    throw new ApiException(
      422,
      'insufficient_funds',
      `The bet of ${bet} minor units is larger than the balance of ${real + bonus}`,
    );
  }
  if (order === 'bonus_first') {
    const fromBonus = bet < bonus ? bet : bonus;
    return { real: bet - fromBonus, bonus: fromBonus };
  }
  const fromReal = bet < real ? bet : real;
  return { real: fromReal, bonus: bet - fromReal };
}
