/**
 * bench/ingest: N copies of the samples (each made distinct by a trailing PDF comment, so every copy has its own
 * sha256 and none is a duplicate) through the embedded runner and through the queue runner with 1 and 2 worker
 * processes. `--scans K` of the N copies are scanned samples (every page OCR), spread evenly through the batch;
 * the rest cycle through the born-digital `--files`. Prints documents/min, pages/min by method (text / OCR), and the
 * 2-worker / 1-worker ratio.
 *
 *   tsx bench/ingest.ts [--n 200] [--scans 4] [--modes embedded,queue] [--files a.pdf,b.pdf] [--scan-files c.pdf,d.pdf]
 * Queue mode needs Redis (REDIS_URL, default 127.0.0.1:6379) and PostgreSQL (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test); it uses a unique queue prefix and schema and removes them afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '200' },
    modes: { type: 'string', default: 'embedded,queue' },
    scans: { type: 'string', default: '4' },
    files: {
      type: 'string',
      default: ['s000-ita-analysis.pdf', 's001-ita-analysis.pdf', 's002-measures-progress.pdf', 's004-anticorruption-plan.pdf'].join(','),
    },
    'scan-files': { type: 'string', default: ['s002-measures-progress-scan.pdf', 's001-ita-analysis-scan.pdf'].join(',') },
  },
});
const n = Number(values.n);
if (!Number.isInteger(n) || n < 1) throw new Error('--n must be a positive integer');
const scans = Number(values.scans);
if (!Number.isInteger(scans) || scans < 0 || scans > n) throw new Error('--scans must be an integer from 0 to --n');
const modes = values.modes.split(',');
const LAO = ['--import', 'tsx', path.join(root, 'packages/cli/src/main.ts')];
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const work = mkdtempSync(path.join(tmpdir(), 'lao-bench-'));
const inputs = path.join(work, 'in');
mkdirSync(inputs);
const read = (list: string) => list.split(',').filter(Boolean).map((f) => readFileSync(path.isAbsolute(f) ? f : path.join(root, 'samples', f)));
const sources = read(values.files);
const scanSources = read(values['scan-files']);
if (scans > 0 && scanSources.length === 0) throw new Error('--scans needs --scan-files');
// Copy i is a scan when it is the first of its share of the batch: K scans spread evenly over N.
const isScan = (i: number) => scans > 0 && Math.floor((i * scans) / n) !== Math.floor(((i - 1) * scans) / n);
let born = 0;
let scanned = 0;
for (let i = 0; i < n; i++) {
  const src = (isScan(i) ? scanSources[scanned++ % scanSources.length] : sources[born++ % sources.length]) as Buffer;
  writeFileSync(path.join(inputs, `doc-${String(i).padStart(4, '0')}.pdf`), Buffer.concat([src, Buffer.from(`\n%lao-bench ${i}\n`)]));
}

interface Summary {
  status: string;
  sha256: string | null;
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
  const distinct = new Set(rows.map((s) => s.sha256)).size;
  if (rows.length !== n || distinct !== n || rows.some((s) => s.status === 'duplicate')) {
    throw new Error(`${mode}: expected ${n} distinct new documents, got ${rows.length} summaries, ${distinct} distinct sha256: ${r.stderr.slice(-2000)}`);
  }
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
console.log(
  `lao ingest bench: ${n} distinct documents (${n - scans} copies of ${sources.length} born-digital samples, ${scans} of ${scanSources.length} scanned); ` +
    `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end`,
);
console.log('mode                 seconds  docs/min  text pages/min  OCR pages/min  failed');
for (const r of results) {
  console.log(
    `${r.mode.padEnd(20)} ${r.seconds.toFixed(1).padStart(7)}  ${perMin(r.docs, r.seconds).padStart(8)}  ${perMin(r.text, r.seconds).padStart(14)}  ${perMin(r.ocr, r.seconds).padStart(13)}  ${String(r.failed).padStart(6)}`,
  );
}
const one = results.find((r) => r.mode.startsWith('queue, 1'));
const two = results.find((r) => r.mode.startsWith('queue, 2'));
if (one && two) console.log(`2-worker / 1-worker throughput: ${(one.seconds / two.seconds).toFixed(2)}×`);
