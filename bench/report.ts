import { execSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

/** One measured scenario. */
export interface Row {
  scenario: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Highest RSS of the server during the run, in MiB; undefined for the floors. */
  maxRssMiB?: number;
  /** Problem found by a check after the run, such as lost updates. */
  problem?: string;
}

/** A ratio or figure with its target, for the summary below the table. */
export interface Target {
  name: string;
  value: string;
  met: boolean;
}

export interface Heading {
  loadBefore: number[];
  loadAfter: number[];
  seconds: number;
  connections: number;
  serverCpu?: number;
}

function formatLoad(load: number[]): string {
  return load.map((value) => value.toFixed(2)).join(' ');
}

function formatRow(row: Row): string {
  const rss = row.maxRssMiB === undefined ? '' : row.maxRssMiB.toFixed(0);
  const cells = [
    row.scenario,
    row.requestsPerSecond,
    row.p50,
    row.p99,
    row.non2xx,
    row.errors,
    rss,
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Prints the table and the targets, and appends both to bench/RESULTS.md when `record`. */
export function report(record: boolean, heading: Heading, rows: Row[], targets: Target[]): void {
  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const dirty = execSync('git status --porcelain --untracked-files=no').toString().trim()
    ? '+changes'
    : '';
  const pinning =
    heading.serverCpu === undefined
      ? 'servers not pinned'
      : `servers pinned to CPU ${heading.serverCpu}, load generator to CPU 0`;
  const lines = [
    '',
    `## ${new Date().toISOString()} · commit ${commit}${dirty} · Node ${process.version} · load ${formatLoad(heading.loadBefore)} before, ${formatLoad(heading.loadAfter)} after · ${heading.seconds} s, ${heading.connections} connections · ${pinning}`,
    '',
    '| scenario | req/s | p50 ms | p99 ms | non-2xx | errors | max RSS MiB |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(formatRow),
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...targets.map(
      (target) => `| ${target.name} | ${target.value} | ${target.met ? 'yes' : 'no'} |`,
    ),
  ];
  const problems = rows
    .filter((row) => row.problem)
    .map((row) => `- ${row.scenario}: ${row.problem}`);
  if (problems.length > 0) {
    lines.push('', ...problems);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (record) {
    appendFileSync(join(__dirname, 'RESULTS.md'), `${lines.join('\n')}\n`);
  }
}
