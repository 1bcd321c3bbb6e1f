import { availableParallelism } from 'node:os';

import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable, OnModuleInit } from '@nestjs/common';

import { ConcurrencyLimit } from '../common/concurrency-limit';

/** argon2id with the OWASP baseline: 19 MiB of memory, 2 passes, 1 lane. */
export const ARGON2_OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** Size of libuv's thread pool when UV_THREADPOOL_SIZE is not set. */
const DEFAULT_THREAD_POOL_SIZE = 4;

/**
 * argon2 computations allowed at once: one per CPU this process may use, and never more than the
 * default pool size. Each one keeps its 19 MiB buffer allocated while it runs, and a CPU-bound
 * hash gains nothing from a second thread on the same CPU. So a process limited to one CPU
 * allocates one buffer at a time instead of four, and pool threads stay free for DNS and files.
 */
export const MAX_CONCURRENT_HASHES = Math.min(availableParallelism(), DEFAULT_THREAD_POOL_SIZE);

/** Hashes and checks player passwords. */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummyHash: string;
  private readonly limit = new ConcurrencyLimit(MAX_CONCURRENT_HASHES);

  async onModuleInit(): Promise<void> {
    this.dummyHash = await this.hash('dummy password for unknown users');
  }

  hash(password: string): Promise<string> {
    return this.limit.run(() => hash(password, ARGON2_OPTIONS));
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await this.limit.run(() => verify(passwordHash, password));
    } catch {
      return false;
    }
  }

  /**
   * Spends the time of one verification when no player matched, so that the response time does
   * not tell whether a username exists.
   */
  async verifyDummy(password: string): Promise<false> {
    await this.verify(this.dummyHash, password);
    return false;
  }
}
