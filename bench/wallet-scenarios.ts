import autocannon from 'autocannon';

/** Enough funds that no debit or bet of a run is refused. */
export const FUNDS = 1_000_000_000_000;
export const PLAYER_PASSWORD = 'bench-player-password';
const MANY_WALLETS = 64;

interface BenchScenario {
  name: string;
  options: Partial<autocannon.Options>;
}

export async function call(
  base: string,
  token: string,
  path: string,
  body: object,
): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`POST ${path} failed with ${response.status}: ${await response.text()}`);
  }
  return response.json();
}

export interface BenchPlayer {
  id: string;
  email: string;
}

/** Creates an active player of the back office's brand and credits FUNDS of real money. */
export async function createFundedPlayer(
  base: string,
  token: string,
  label: string,
): Promise<BenchPlayer> {
  const email = `bench-${label}-${Date.now()}@example.test`;
  const player = (await call(base, token, '/users', {
    email,
    password: PLAYER_PASSWORD,
    first_name: 'Bench',
    last_name: 'Player',
    birthday: '1990-01-01',
    gender: 'other',
    country: 'MT',
    currency: 'EUR',
    language: 'en',
    accepted_terms: true,
  })) as { id: string };
  await call(base, token, `/wallets/${player.id}/adjustments`, {
    balance: 'real',
    amount: FUNDS,
    reason: 'bench funds',
  });
  return { id: player.id, email };
}

function debit(base: string, token: string, userId: string): Partial<autocannon.Request> {
  return {
    method: 'POST',
    path: `/wallets/${userId}/adjustments`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ balance: 'real', amount: -1, reason: 'bench debit' }),
  };
}

/**
 * Debits of one minor unit through the back-office adjustment route: all on one wallet, where
 * every debit waits for the row lock of the one before, and spread over many wallets.
 */
export async function walletScenarios(base: string, token: string): Promise<BenchScenario[]> {
  const single = (await createFundedPlayer(base, token, 'debit-0')).id;
  const many = (
    await Promise.all(
      Array.from({ length: MANY_WALLETS }, (_, index) =>
        createFundedPlayer(base, token, `debit-${index + 1}`),
      ),
    )
  ).map((player) => player.id);
  let next = 0;

  return [
    {
      name: 'debits, one wallet',
      options: { url: base, requests: [debit(base, token, single)] },
    },
    {
      name: `debits, ${MANY_WALLETS} wallets`,
      options: {
        url: base,
        requests: [
          {
            setupRequest: (request: autocannon.Request) => ({
              ...request,
              ...debit(base, token, many[next++ % many.length]),
            }),
          },
        ],
      },
    },
  ];
}
