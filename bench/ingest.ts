/**
 * bench/ingest: N copies of the born-digital samples (each made distinct by a trailing PDF comment, so none is a
 * duplicate) through the embedded runner and through the queue runner with 1 and 2 worker processes.
 * Prints documents/min, pages/min by method, and the 2-worker / 1-worker ratio.
 *
 *   tsx bench/ingest.ts [--n 200] [--modes embedded,queue] [--files a.pdf,b.pdf]
 * Queue mode needs Redis (REDIS_URL, default 127.0.0.1:6379) and PostgreSQL (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test); it uses a unique queue prefix and schema and removes them afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '200' },
    modes: { type: 'string', default: 'embedded,queue' },
    files: {
      type: 'string',
      default: ['s000-ita-analysis.pdf', 's001-ita-analysis.pdf', 's002-measures-progress.pdf', 's004-anticorruption-plan.pdf'].join(','),
    },
  },
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) throw new Error('--n must be a positive integer');
const modes = values.modes.split(',');
const LAO = ['--import', 'tsx', path.join(root, 'packages/cli/src/main.ts')];
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const work = mkdtempSync(path.join(tmpdir(), 'lao-bench-'));
const inputs = path.join(work, 'in');
mkdirSync(inputs);
const sources = values.files.split(',').map((f) => readFileSync(path.isAbsolute(f) ? f : path.join(root, 'samples', f)));
for (let i = 0; i < n; i++) {
  const src = sources[i % sources.length] as Buffer;
  writeFileSync(path.join(inputs, `doc-${String(i).padStart(4, '0')}.pdf`), Buffer.concat([src, Buffer.from(`\n%lao-bench ${i}\n`)]));
}

interface Summary {
  status: string;
  textPages: number;
  ocrPages: number;
}
interface Result {
  mode: string;
  seconds: number;
  docs: number;
  failed: number;
  text: number;
  ocr: number;
}

function ingest(mode: string, args: string[], env: Record<string, string>): Result {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...LAO, 'ingest', inputs, '--json', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${mode}: lao ingest exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const rows = r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Summary);
  return {
    mode,
    seconds,
    docs: rows.length,
    failed: rows.filter((s) => s.status === 'failed').length,
    text: rows.reduce((a, s) => a + s.textPages, 0),
    ocr: rows.reduce((a, s) => a + s.ocrPages, 0),
  };
}

async function queueRun(workers: number): Promise<Result> {
  const tag = randomBytes(4).toString('hex');
  const env = {
    DATABASE_URL: databaseUrl,
    LAO_DATABASE_SCHEMA: `lao_bench_${tag}`,
    LAO_QUEUE_PREFIX: `laobench-${tag}`,
    LAO_DATA_DIR: path.join(work, `queue-${workers}`),
    LAO_LOG_LEVEL: 'warn',
  };
  const procs = Array.from({ length: workers }, () =>
    spawn(process.execPath, [...LAO, 'worker'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] }),
  );
  try {
    return ingest(`queue, ${workers} worker${workers > 1 ? 's' : ''}`, ['--queue'], env);
  } finally {
    await Promise.all(procs.map((p) => new Promise((res) => (p.on('exit', res), p.kill('SIGTERM')))));
    spawnSync('psql', [databaseUrl, '-q', '-c', `drop schema if exists ${env.LAO_DATABASE_SCHEMA} cascade`], { stdio: 'ignore' });
    const keys = spawnSync('redis-cli', ['--scan', '--pattern', `${env.LAO_QUEUE_PREFIX}:*`], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    for (let i = 0; i < keys.length; i += 200) spawnSync('redis-cli', ['del', ...keys.slice(i, i + 200)], { stdio: 'ignore' });
  }
}

const results: Result[] = [];
try {
  if (modes.includes('embedded')) results.push(ingest('embedded', ['--data-dir', path.join(work, 'embedded')], {}));
  if (modes.includes('queue')) {
    results.push(await queueRun(1));
    results.push(await queueRun(2));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const perMin = (x: number, s: number) => ((x * 60) / s).toFixed(1);
console.log(`lao ingest bench: ${n} documents (${sources.length} samples, distinct copies)`);
console.log('mode                 seconds  docs/min  text pages/min  OCR pages/min  failed');
for (const r of results) {
  console.log(
    `${r.mode.padEnd(20)} ${r.seconds.toFixed(1).padStart(7)}  ${perMin(r.docs, r.seconds).padStart(8)}  ${perMin(r.text, r.seconds).padStart(14)}  ${perMin(r.ocr, r.seconds).padStart(13)}  ${String(r.failed).padStart(6)}`,
  );
}
const one = results.find((r) => r.mode.startsWith('queue, 1'));
const two = results.find((r) => r.mode.startsWith('queue, 2'));
if (one && two) console.log(`2-worker / 1-worker throughput: ${(one.seconds / two.seconds).toFixed(2)}×`);
