import { ApiException } from '../../common/errors/api.exception';
import { splitBet } from './bet-split';

const balances = (real: number, bonus: number): { realBalance: string; bonusBalance: string } => ({
  realBalance: String(real),
  bonusBalance: String(bonus),
});

describe('splitBet', () => {
  it.each([
    ['real_first', 100, 500, 300n, { real: 100n, bonus: 200n }],
    ['real_first', 400, 500, 300n, { real: 300n, bonus: 0n }],
    ['bonus_first', 100, 500, 300n, { real: 0n, bonus: 300n }],
    ['bonus_first', 400, 100, 300n, { real: 200n, bonus: 100n }],
    ['bonus_first', 0, 0, 0n, { real: 0n, bonus: 0n }],
  ] as const)('splits %s from %d real and %d bonus', (order, real, bonus, bet, expected) => {
    expect(splitBet(balances(real, bonus), bet, order)).toEqual(expected);
  });

  it.each(['real_first', 'bonus_first'] as const)('rejects a short balance (%s)', (order) => {
    expect(() => splitBet(balances(100, 100), 201n, order)).toThrow(ApiException);
  });
});
