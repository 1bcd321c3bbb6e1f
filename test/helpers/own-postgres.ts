import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { TestApp } from './test-app';

/** Returns a TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

type ControllerCommand = 'start' | 'stop' | 'exit';

interface ControllerReply {
  command: ControllerCommand;
  ok: boolean;
  message?: string;
}

const CONTROLLER = join(__dirname, 'postgres-controller.mjs');

/**
 * A PostgreSQL server that one spec owns, in a temporary folder on a free port, so that the spec
 * may stop and restart it without touching the server that the other specs share. A child
 * process runs it (see postgres-controller.mjs).
 */
export class OwnPostgres {
  private constructor(
    private readonly controller: ChildProcess,
    private readonly dataDir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<OwnPostgres> {
    const dataDir = mkdtempSync(join(tmpdir(), 'gaming-fault-pg-'));
    const port = await freePort();
    const controller = spawn(process.execPath, [CONTROLLER, dataDir, String(port)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const own = new OwnPostgres(controller, dataDir, port);
    await own.start();
    await own.migrate();
    return own;
  }

  get url(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/postgres`;
  }

  start(): Promise<void> {
    return this.send('start');
  }

  stop(): Promise<void> {
    return this.send('stop');
  }

  async dispose(): Promise<void> {
    await this.send('exit');
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** Starts the application on this server, as startTestApp does on the shared one. */
  async startApp(env: Record<string, string> = {}): Promise<TestApp> {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      KEY_ENCRYPTION_SECRET: 'test-key-encryption-secret-0123456789abcdef',
      RATE_LIMIT_MAX_REQUESTS: '100000',
      ...env,
      DATABASE_URL: this.url,
    });
    const app = await createApp(config);
    return {
      app,
      server: app.getHttpServer(),
      dataSource: app.get(DataSource),
      config,
      close: () => app.close(),
    };
  }

  private send(command: ControllerCommand): Promise<void> {
    return new Promise((resolve, reject) => {
      const onReply = (reply: ControllerReply): void => {
        if (reply.command !== command) {
          return;
        }
        this.controller.off('message', onReply);
        if (reply.ok) {
          resolve();
        } else {
          reject(new Error(`PostgreSQL ${command} failed: ${reply.message}`));
        }
      };
      this.controller.on('message', onReply);
      this.controller.send(command);
    });
  }

  private async migrate(): Promise<void> {
    const dataSource = new DataSource(dataSourceOptions(this.url));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
    } finally {
      await dataSource.destroy();
    }
  }
}
