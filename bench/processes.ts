import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The CPU that servers run on when pinning works: the last one, while this process and
 * autocannon take CPU 0, as the peer comparison harness does. Undefined without `taskset` or
 * with one CPU; BENCH_NO_PIN=1 turns pinning off.
 */
export const SERVER_CPU = pinThisProcess();

function pinThisProcess(): number | undefined {
  const cpus = availableParallelism();
  if (process.env.BENCH_NO_PIN === '1' || cpus < 2) {
    return undefined;
  }
  try {
    execFileSync('taskset', ['-pc', '0', String(process.pid)], { stdio: 'ignore' });
    return cpus - 1;
  } catch {
    return undefined;
  }
}

/** Starts `node <args>` on the server CPU; the child's pid is the node process's. */
export function startNode(
  args: string[],
  env: NodeJS.ProcessEnv,
  stdout: 'ignore' | 'pipe' = 'ignore',
): ChildProcess {
  const argv = [process.execPath, ...args];
  const [command, ...rest] =
    SERVER_CPU === undefined ? argv : ['taskset', '-c', String(SERVER_CPU), ...argv];
  return spawn(command, rest, {
    env: { ...process.env, ...env },
    stdio: ['ignore', stdout, 'inherit'],
  });
}

/** Starts a TypeScript file of the bench through ts-node on the server CPU. */
export function startScript(
  path: string,
  env: NodeJS.ProcessEnv,
  stdout: 'ignore' | 'pipe' = 'ignore',
): ChildProcess {
  return startNode(['-r', 'ts-node/register/transpile-only', path], env, stdout);
}

/** Sends SIGTERM to a child this bench started and waits for it to exit (SIGKILL after 10 s). */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Polls `url` until it returns 2xx; throws after `timeoutMs` or when the child exits. */
export async function waitUntilReady(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `The process for ${url} exited with code ${child.exitCode} before it was ready`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.status < 500) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await sleep(20);
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

/** Resident set size of a process in MiB, from /proc (Linux only; 0 elsewhere). */
export function rssMiB(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the RSS of `pid` every 100 ms until `stop()` is called; returns the maximum seen. */
export function sampleRss(pid: number | undefined): { stop: () => number } {
  let max = rssMiB(pid);
  const timer = setInterval(() => {
    max = Math.max(max, rssMiB(pid));
  }, 100);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(max, rssMiB(pid));
    },
  };
}
