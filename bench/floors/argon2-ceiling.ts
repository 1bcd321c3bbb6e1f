/**
 * The password-grant ceiling: argon2id verifies per second with the product's parameters, run
 * through the server's PasswordHasher, so CONCURRENCY callers share MAX_CONCURRENT_HASHES slots of
 * the default libuv thread pool exactly as concurrent logins do. Prints one JSON line
 * `{"verifiesPerSecond": n}`. Environment: ARGON2_SECONDS (default 5), CONCURRENCY (default 32).
 *
 * Calling @node-rs/argon2 directly would run up to 4 verifies at once on the pool. On one CPU,
 * those threads evict each other's 19 MiB buffers from the cache. Each verify then cost about
 * 35 % more CPU time than one at a time: 7.7 to 8.3 ms against 5.6 to 5.9 ms, under taskset -c 1
 * on a shared 2-CPU VM. That ceiling was below what the server's own hashing reaches.
 */
import { PasswordHasher } from '../../src/users/password-hasher.service';

async function main(): Promise<void> {
  const seconds = Number(process.env.ARGON2_SECONDS ?? 5);
  const concurrency = Number(process.env.CONCURRENCY ?? 32);
  const password = 'bench-player-password';
  const hasher = new PasswordHasher();
  const stored = await hasher.hash(password);

  let done = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = process.hrtime.bigint();
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      if (!(await hasher.verify(stored, password))) {
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
