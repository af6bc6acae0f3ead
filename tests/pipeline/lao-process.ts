import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const sample = (name: string) => path.join(root, 'samples', name);
export const fixture = (name: string) => path.join(root, 'packages/extract/test-fixtures', name);

// `node --import tsx` keeps the CLI in one process, so a signal reaches the worker itself (the tsx binary forks a child).
const LAO = ['--import', 'tsx', path.join(root, 'packages/cli/src/main.ts')];

// spawnSync's default maxBuffer (1 MiB) kills the child with ENOBUFS once its output passes it: an ingest of every
// sample at debug level writes more than that on stderr.
const MAX_OUTPUT = 512 * 1024 * 1024;

export interface LaoResult {
  /** Exit code; null when the process was killed (timeout or signal). */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/**
 * Runs the CLI and waits for it, blocking this process: only for calls while no child of this test (a worker) needs
 * the test's event loop. With workers running, use laoAsync.
 */
export function lao(args: string[], env: Record<string, string> = {}, timeout = 300_000): LaoResult {
  const started = Date.now();
  const r = spawnSync(process.execPath, [...LAO, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout, maxBuffer: MAX_OUTPUT });
  if (r.error && (r.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started, timedOut: r.error !== undefined };
}

/** Runs the CLI without blocking the test's event loop (timers, polling, other children go on meanwhile). */
export function laoAsync(args: string[], env: Record<string, string> = {}, timeout = 300_000): Promise<LaoResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...LAO, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeout);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    // 'close' (not 'exit'): both pipes are drained by then.
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
}

export interface RunningWorker {
  child: ChildProcess;
  /** Everything the worker wrote on stderr so far (read back from its log file). */
  stderr: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts `lao worker` with its stderr going straight to `logFile` (created or truncated). A pipe would have to be
 * drained by this process's event loop: while a test blocks it (spawnSync), a worker logging at debug level fills the
 * pipe, blocks on its next write and the batch hangs. A file never blocks the worker.
 */
export function startWorker(env: Record<string, string>, logFile: string, args: string[] = []): RunningWorker {
  const fd = openSync(logFile, 'w');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, [...LAO, 'worker', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', fd] });
  } finally {
    // The child holds its own copy of the descriptor.
    closeSync(fd);
  }
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => readFileSync(logFile, 'utf8'), exited };
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number, everyMs = 300): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export function redisCli(...args: string[]): string {
  return spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', ...args], { encoding: 'utf8', maxBuffer: MAX_OUTPUT }).stdout.trim();
}

/** Removes every key of a test's queue prefix. */
export function dropQueuePrefix(prefix: string): void {
  const keys = redisCli('--scan', '--pattern', `${prefix}:*`).split('\n').filter((k) => k !== '');
  for (let i = 0; i < keys.length; i += 200) redisCli('del', ...keys.slice(i, i + 200));
}

export interface SummaryLine {
  batchId: string;
  path: string;
  fileName: string;
  status: string;
  documentId: string | null;
  sha256: string | null;
  reason: string | null;
  flags: number;
}

export const summaryLines = (stdout: string): SummaryLine[] =>
  stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as SummaryLine);

/** JSON log lines (pino) of a process's stderr; other lines are skipped. */
export const jsonLogs = (stderr: string): Array<Record<string, unknown>> =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/**
 * Where two JSON values differ, as paths ("measures[3].period.end: got … want …"), for a failure message that names
 * every differing field at once. The assertion itself stays toEqual.
 */
export function jsonDiff(got: unknown, want: unknown, at = '', out: string[] = []): string[] {
  if (Object.is(got, want)) return out;
  const show = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v).slice(0, 160));
  if (Array.isArray(got) && Array.isArray(want)) {
    if (got.length !== want.length) out.push(`${at}.length: got ${got.length} want ${want.length}`);
    for (let i = 0; i < Math.min(got.length, want.length); i++) jsonDiff(got[i], want[i], `${at}[${i}]`, out);
    return out;
  }
  if (got && want && typeof got === 'object' && typeof want === 'object' && !Array.isArray(got) && !Array.isArray(want)) {
    const g = got as Record<string, unknown>;
    const w = want as Record<string, unknown>;
    for (const k of new Set([...Object.keys(w), ...Object.keys(g)])) jsonDiff(g[k], w[k], at ? `${at}.${k}` : k, out);
    return out;
  }
  out.push(`${at}: got ${show(got)} want ${show(want)}`);
  return out;
}
