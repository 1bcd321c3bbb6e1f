import { randomUUID } from 'node:crypto';

import autocannon from 'autocannon';
import { Client } from 'pg';

import { FORM, requestJson, Scenario } from './scenario';
import { call, createFundedPlayer, FUNDS, PLAYER_PASSWORD } from './wallet-scenarios';

const MANY_SESSIONS = 64;
/** Every round bets 2 and wins 1 minor unit, so each one lowers the balance by exactly 1. */
const ROUND = { bet: 2, win: 1 };

interface SessionRow {
  id: string;
  balance: string;
  amount_after: string;
  bet: string;
  win: string;
  round_net: string;
  ledger_sum: string;
}

async function startSession(base: string, email: string, gameId: string): Promise<string> {
  const login = await requestJson<{ access_token: string }>(`${base}/oauth/token`, {
    headers: { 'content-type': FORM },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'xcasino',
      username: email,
      password: PLAYER_PASSWORD,
    }).toString(),
  });
  const session = (await call(base, login.access_token, '/game-sessions', {
    game_id: gameId,
  })) as { id: string };
  return session.id;
}

function round(token: string, sessionId: string): Partial<autocannon.Request> {
  return {
    method: 'POST',
    path: `/game-sessions/${sessionId}/rounds`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ round_id: randomUUID(), ...ROUND }),
  };
}

/**
 * Compares each session with its wallet, rounds and ledger. A lost update shows as a balance
 * that differs from the funds minus the rounds stored, or from the sum of the ledger.
 */
async function findLostUpdates(
  databaseUrl: string,
  sessionIds: string[],
): Promise<string | undefined> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<SessionRow>(
      `SELECT s.id, w.real_balance + w.bonus_balance AS balance, s.amount_after, s.bet, s.win,
              (SELECT coalesce(sum(r.bet - r.win), 0) FROM game_rounds r WHERE r.session_id = s.id) AS round_net,
              (SELECT coalesce(sum(l.amount), 0) FROM ledger_entries l WHERE l.wallet_id = w.id) AS ledger_sum
         FROM game_sessions s JOIN wallets w ON w.id = s.wallet_id
        WHERE s.id = ANY($1)`,
      [sessionIds],
    );
    const wrong = rows.filter((row) => {
      const balance = BigInt(row.balance);
      return (
        balance !== BigInt(FUNDS) - BigInt(row.round_net) ||
        balance !== BigInt(row.ledger_sum) ||
        balance !== BigInt(row.amount_after) ||
        BigInt(row.bet) - BigInt(row.win) !== BigInt(row.round_net)
      );
    });
    if (rows.length !== sessionIds.length || wrong.length > 0) {
      return `${wrong.length} of ${sessionIds.length} game sessions disagree with their rounds, wallet or ledger`;
    }
    return undefined;
  } finally {
    await client.end();
  }
}

/**
 * Game rounds (bet 2, win 1) reported with a token holding `rounds:write`: all on one game
 * session, where every round waits for the session and wallet row locks of the one before, and
 * spread over MANY_SESSIONS sessions of as many players. After each measured run the sessions,
 * wallets, rounds and ledgers are compared, so a lost update fails the scenario.
 */
export async function gameScenarios(
  base: string,
  token: string,
  databaseUrl: string,
): Promise<Scenario[]> {
  const game = (await call(base, token, '/games', {
    name: 'Bench slots',
    provider: 'bench-games',
    category: 'slots',
  })) as { id: string };
  const players = await Promise.all(
    Array.from({ length: MANY_SESSIONS + 1 }, (_, index) =>
      createFundedPlayer(base, token, `rounds-${index}`),
    ),
  );
  const sessions = await Promise.all(
    players.map((player) => startSession(base, player.email, game.id)),
  );
  const [single, ...many] = sessions;
  let next = 0;

  return [
    {
      name: 'game rounds, one session',
      options: {
        url: base,
        requests: [
          {
            setupRequest: (request: autocannon.Request) => ({
              ...request,
              ...round(token, single),
            }),
          },
        ],
      },
      check: () => findLostUpdates(databaseUrl, [single]),
    },
    {
      name: `game rounds, ${MANY_SESSIONS} sessions`,
      options: {
        url: base,
        requests: [
          {
            setupRequest: (request: autocannon.Request) => ({
              ...request,
              ...round(token, many[next++ % many.length]),
            }),
          },
        ],
      },
      check: () => findLostUpdates(databaseUrl, many),
    },
  ];
}
