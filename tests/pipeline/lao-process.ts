import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const sample = (name: string) => path.join(root, 'samples', name);
export const fixture = (name: string) => path.join(root, 'packages/extract/test-fixtures', name);

// `node --import tsx` keeps the CLI in one process, so a signal reaches the worker itself (the tsx binary forks a child).
const LAO = ['--import', 'tsx', path.join(root, 'packages/cli/src/main.ts')];

export function lao(args: string[], env: Record<string, string> = {}, timeout = 300_000) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [...LAO, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

export interface RunningWorker {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

export function startWorker(env: Record<string, string>, args: string[] = []): RunningWorker {
  const child = spawn(process.execPath, [...LAO, 'worker', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => err, exited };
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
  return spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', ...args], { encoding: 'utf8' }).stdout.trim();
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
