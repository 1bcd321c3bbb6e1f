import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from '../../src/database/data-source-options';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { LOG_DIR_VARIABLE } from './log-capture';
import {
  BASE_URL_VARIABLE,
  databaseUrl,
  TEMPLATE_VARIABLE,
  withAdminClient,
} from './test-database';

declare global {
  var embeddedTestPostgres: EmbeddedPostgres | undefined;
  var embeddedTestDataDir: string | undefined;
}

/**
 * Migrates a template database once. Each spec file then clones it (CREATE DATABASE … TEMPLATE),
 * so that files never share state. Uses TEST_DATABASE_URL or DATABASE_URL when set; otherwise
 * starts an embedded PostgreSQL in a temporary folder. Unless E2E_LOG_CAPTURE=off, also creates the
 * folder where test applications write their logs at trace level for the secret scan.
 */
export default async function globalSetup(): Promise<void> {
  let baseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!baseUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'gaming-test-pg-'));
    const server = new EmbeddedPostgres({
      dataDir,
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 5434),
      database: 'postgres',
    });
    baseUrl = await server.start();
    globalThis.embeddedTestPostgres = server;
    globalThis.embeddedTestDataDir = dataDir;
  }

  const template = `gaming_test_template_${process.pid}`;
  await withAdminClient(baseUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${template}`);
    await client.query(`CREATE DATABASE ${template}`);
  });

  const dataSource = new DataSource(dataSourceOptions(databaseUrl(baseUrl, template)));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();

  process.env[BASE_URL_VARIABLE] = baseUrl;
  process.env[TEMPLATE_VARIABLE] = template;
  if (process.env.E2E_LOG_CAPTURE !== 'off') {
    process.env[LOG_DIR_VARIABLE] = mkdtempSync(join(tmpdir(), 'gaming-e2e-logs-'));
  }
}
