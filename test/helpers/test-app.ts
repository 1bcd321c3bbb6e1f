import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Server } from 'node:http';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/app.factory';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { LOG_DIR_VARIABLE } from '../setup/log-capture';
import {
  BASE_URL_VARIABLE,
  databaseUrl,
  newTestDatabaseName,
  TEMPLATE_VARIABLE,
  withAdminClient,
} from '../setup/test-database';

/**
 * Limits high enough that no spec trips them by accident: the token endpoint specs send a few
 * hundred requests and several wrong passwords and secrets from 127.0.0.1. Specs of the limits
 * themselves pass low values.
 */
const GENEROUS_LIMITS = {
  RATE_LIMIT_MAX_REQUESTS: '100000',
  MAX_LOGIN_FAILURES_PER_PLAYER: '1000',
  MAX_LOGIN_FAILURES_PER_IP: '1000',
  MAX_CLIENT_AUTH_FAILURES: '1000',
};

/** Background jobs that specs start themselves or call directly, so that they run only then. */
const QUIET_JOBS = {
  GAME_SESSION_EXPIRY_INTERVAL_SECONDS: '0',
};

export interface TestApp {
  app: NestFastifyApplication;
  /** The HTTP server to give supertest. */
  server: Server;
  dataSource: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * Starts the whole application on a fresh copy of the migrated template database. The copy is
 * dropped by close(). Global setup made the template; the parent process's PID names it.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const baseUrl = required(BASE_URL_VARIABLE);
  const template = required(TEMPLATE_VARIABLE);
  const database = newTestDatabaseName(template);
  await withAdminClient(baseUrl, (client) =>
    client.query(`CREATE DATABASE ${database} TEMPLATE ${template}`),
  );

  const config = loadConfig({
    NODE_ENV: 'test',
    ...logSettings(),
    KEY_ENCRYPTION_SECRET: 'test-key-encryption-secret-0123456789abcdef',
    ...GENEROUS_LIMITS,
    ...QUIET_JOBS,
    ...env,
    DATABASE_URL: databaseUrl(baseUrl, database),
  });
  const app = await createApp(config);

  return {
    app,
    server: app.getHttpServer(),
    dataSource: app.get(DataSource),
    config,
    close: async () => {
      await app.close();
      await withAdminClient(baseUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
      );
    },
  };
}

/**
 * Starts another instance of the application on the database of a running one, as a second
 * server behind a load balancer would run, with `env` overriding its configuration. Its close()
 * leaves the database to the first instance.
 */
export async function startSecondInstance(
  first: TestApp,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    ...logSettings(),
    ...GENEROUS_LIMITS,
    ...QUIET_JOBS,
    ...env,
    KEY_ENCRYPTION_SECRET: first.config.KEY_ENCRYPTION_SECRET,
    DATABASE_URL: first.config.DATABASE_URL,
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

/**
 * Returns the log settings: trace level, appended to a file of the capture folder that global
 * teardown scans for secrets. Logging is silent when capture is off.
 */
function logSettings(): Record<string, string> {
  const directory = process.env[LOG_DIR_VARIABLE];
  if (!directory) {
    return { LOG_LEVEL: 'silent' };
  }
  return { LOG_LEVEL: 'trace', LOG_FILE: join(directory, `app-${process.pid}.log`) };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: run the e2e specs through jest, whose global setup sets it`,
    );
  }
  return value;
}
