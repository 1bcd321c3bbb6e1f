/**
 * The password-grant ceiling: raw argon2id verifies per second with the product's parameters,
 * CONCURRENCY at a time on the libuv thread pool as the server runs them. Prints one JSON line
 * `{"verifiesPerSecond": n}`. Environment: ARGON2_SECONDS (default 5), CONCURRENCY (default 32).
 */
import { hash, verify } from '@node-rs/argon2';

import { ARGON2_OPTIONS } from '../../src/users/password-hasher.service';

async function main(): Promise<void> {
  const seconds = Number(process.env.ARGON2_SECONDS ?? 5);
  const concurrency = Number(process.env.CONCURRENCY ?? 32);
  const password = 'bench-player-password';
  const stored = await hash(password, ARGON2_OPTIONS);

  let done = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      if (!(await verify(stored, password))) {
        throw new Error('argon2 verify returned false for the right password');
      }
      done++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`${JSON.stringify({ verifiesPerSecond: done / elapsed })}\n`);
}

void main();
