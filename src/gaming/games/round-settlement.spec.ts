import { roundMovements, settlementParameters } from './round-settlement';

describe('roundMovements', () => {
  it('orders real bet, bonus bet, then win', () => {
    const movements = roundMovements({ real: 50n, bonus: 70n }, { real: 50n, bonus: 30n }, 30n);

    expect(movements).toEqual([
      { balance: 'real', type: 'bet', amount: -50n, balanceAfter: 0n },
      { balance: 'bonus', type: 'bet', amount: -30n, balanceAfter: 40n },
      { balance: 'real', type: 'win', amount: 30n, balanceAfter: 30n },
    ]);
  });

  it('leaves out zero parts', () => {
    const movements = roundMovements({ real: 500n, bonus: 0n }, { real: 0n, bonus: 0n }, 0n);

    expect(movements).toEqual([]);
  });

  it('credits a win after a bonus-only bet', () => {
    const movements = roundMovements({ real: 10n, bonus: 100n }, { real: 0n, bonus: 100n }, 5n);

    expect(movements).toEqual([
      { balance: 'bonus', type: 'bet', amount: -100n, balanceAfter: 0n },
      { balance: 'real', type: 'win', amount: 5n, balanceAfter: 15n },
    ]);
  });
});

describe('settlementParameters', () => {
  it('sums each balance change', () => {
    const parameters = settlementParameters({
      walletId: 'wallet',
      roundRowId: 'round',
      balancesBefore: { real: 50n, bonus: 70n },
      movements: roundMovements({ real: 50n, bonus: 70n }, { real: 50n, bonus: 30n }, 30n),
    });

    expect(parameters[4]).toBe('-20');
    expect(parameters[5]).toBe('-30');
  });

  it('turns the guard off without an owner', () => {
    const parameters = settlementParameters({
      walletId: 'wallet',
      roundRowId: 'round',
      balancesBefore: { real: 0n, bonus: 0n },
      movements: [],
    });

    expect(parameters[0]).toBe(false);
    expect(parameters[13]).toBe(false);
  });
});
