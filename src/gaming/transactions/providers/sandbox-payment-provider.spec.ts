import { ValidationFailedException } from '../../../common/errors/validation-failed.exception';
import { PaymentType } from '../../payment-methods/payment-method.entity';
import { ProviderTransaction } from './payment-provider';
import { SandboxPaymentProvider } from './sandbox-payment-provider';

function transaction(
  type: PaymentType,
  amount: bigint,
  successUrl: string | null = null,
): ProviderTransaction {
  return { id: 'tx-1', type, amount, currency: 'EUR', successUrl };
}

describe('SandboxPaymentProvider', () => {
  const provider = new SandboxPaymentProvider();

  it.each<[PaymentType, bigint, string, string | null]>([
    ['deposit', 1000n, 'completed', null],
    ['withdrawal', 1000n, 'pending_approval', null],
    ['deposit', 1001n, 'failed', null],
    ['withdrawal', 1002n, 'pending', null],
    ['deposit', 1003n, 'pending', null],
    ['withdrawal', 1004n, 'completed', null],
    ['deposit', 1010n, 'card_requested', 'add-card'],
    ['deposit', 1011n, 'card_requested', 'select-card'],
    ['withdrawal', 1012n, 'credentials_requested', 'provide-credentials'],
  ])('starts %s of %d as %s', async (type, amount, status, action) => {
    const outcome = await provider.start(transaction(type, amount));

    expect(outcome).toEqual({ status, action, redirectUrl: null });
  });

  it('redirects to success_url', async () => {
    const outcome = await provider.start(transaction('deposit', 1013n, 'https://casino.test/ok'));

    expect(outcome).toEqual({
      status: 'pending',
      action: 'redirect-to-url',
      redirectUrl: 'https://casino.test/ok?transaction_id=tx-1',
    });
  });

  it('requires success_url to redirect', async () => {
    await expect(provider.start(transaction('deposit', 1013n))).rejects.toBeInstanceOf(
      ValidationFailedException,
    );
  });

  it.each<[bigint, string, string]>([
    [1002n, 'pending', 'completed'],
    [1003n, 'pending', 'failed'],
    [1000n, 'approved', 'completed'],
    [1000n, 'pending_approval', 'pending_approval'],
  ])('checks %d %s as %s', async (amount, status, expected) => {
    const checked = await provider.checkStatus(
      transaction('withdrawal', amount),
      status as 'pending',
    );

    expect(checked).toBe(expected);
  });

  it('declines the test card', async () => {
    const outcome = await provider.completeAction(transaction('deposit', 1010n), {
      action: 'add-card',
      cardNumber: '4000000000000002',
      expiry: '12/30',
      cvv: '123',
    });

    expect(outcome.status).toBe('failed');
  });

  it('sends a withdrawal to approval', async () => {
    const outcome = await provider.completeAction(transaction('withdrawal', 1011n), {
      action: 'select-card',
      cardId: 'card_1',
    });

    expect(outcome.status).toBe('pending_approval');
  });
});
