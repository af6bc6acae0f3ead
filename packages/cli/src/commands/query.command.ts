import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import { createPipelineContext, loadWorkerEnv, QueryFilterSchema, type FlagRow, type QueryRow } from '@lao/pipeline';
import { LaoError, loadConfig } from '@lao/schemas';
import { positiveInt } from '../cli-options.js';
import { renderCsv, renderTable } from '../text-table.js';

interface QueryCliOptions {
  dataDir?: string;
  province?: string;
  district?: string;
  org?: string;
  fiscalYear?: number;
  docType?: string;
  flag?: string;
  batch?: string;
  limit?: number;
  format: 'table' | 'json' | 'csv';
}

const ROW_COLUMNS = [
  { header: 'หน่วยงาน Organisation', value: (r: QueryRow) => r.org ?? '-', max: 45 },
  { header: 'อำเภอ District', value: (r: QueryRow) => r.district ?? '-' },
  { header: 'จังหวัด Province', value: (r: QueryRow) => r.province ?? '-' },
  { header: 'ปีงบ FY', value: (r: QueryRow) => (r.fiscalYear === null ? '-' : String(r.fiscalYear)) },
  { header: 'ประเภท Type', value: (r: QueryRow) => r.docType },
  { header: 'คะแนน Score', value: (r: QueryRow) => (r.totalScore === null ? '-' : r.totalScore.toFixed(2)), align: 'right' as const },
  { header: 'ระดับ Level', value: (r: QueryRow) => r.level ?? '-' },
  { header: 'ข้อสังเกต Flags', value: (r: QueryRow) => `${r.flags.total} (E${r.flags.error}/W${r.flags.warning}/I${r.flags.info})` },
  { header: 'รอตรวจ Open', value: (r: QueryRow) => String(r.openReviews), align: 'right' as const },
  { header: 'ไฟล์ File', value: (r: QueryRow) => r.fileName, max: 40 },
];

const FLAG_COLUMNS = [
  { header: 'หน่วยงาน Organisation', value: (r: FlagRow) => r.org ?? '-', max: 40 },
  { header: 'ปีงบ FY', value: (r: FlagRow) => (r.fiscalYear === null ? '-' : String(r.fiscalYear)) },
  { header: 'รหัส Code', value: (r: FlagRow) => r.code },
  { header: 'ระดับ Severity', value: (r: FlagRow) => r.severity },
  { header: 'หน้า Pages', value: (r: FlagRow) => [...new Set(r.evidence.map((e) => e.page))].join(' ') },
  { header: 'ข้อความ Message', value: (r: FlagRow) => r.message, max: 70 },
  { header: 'ตรวจ Review', value: (r: FlagRow) => r.reviewStatus ?? '-' },
];

function fiscalYear(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2500 || n > 2700) throw new InvalidArgumentError('ปีงบประมาณ พ.ศ. เช่น 2566 / a Buddhist-era fiscal year, e.g. 2566');
  return n;
}

export function registerQueryCommand(program: Command): void {
  program
    .command('query')
    .description('ค้นรายงานที่จัดเก็บแล้วตามจังหวัด อำเภอ หน่วยงาน ปีงบ ประเภท หรือรหัสข้อสังเกต\nQuery stored reports by place, organisation, fiscal year, document type or flag code.')
    .option('--data-dir <dir>', 'SQLite/originals directory (default LAO_DATA_DIR or ./lao-data)')
    .option('--province <name>', 'จังหวัด, e.g. ขอนแก่น')
    .option('--district <name>', 'อำเภอ')
    .option('--org <name>', 'part of the organisation name, e.g. อบต.ขอนแก่น')
    .option('--fiscal-year <yyyy>', 'Buddhist-era fiscal year', fiscalYear)
    .option('--doc-type <type>', 'ita_analysis, measures_progress, anticorruption_plan, …')
    .option('--flag <code>', 'only documents with this flag code; lists the flags')
    .option('--batch <id>', 'only documents of this ingest batch')
    .option('--limit <n>', 'at most this many rows (default 1000)', positiveInt)
    .addOption(new Option('--format <f>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (opts: QueryCliOptions) => {
      process.exitCode = await runQuery(opts);
    });
}

async function runQuery(opts: QueryCliOptions): Promise<number> {
  let filter;
  try {
    filter = QueryFilterSchema.parse({
      province: opts.province,
      district: opts.district,
      org: opts.org,
      fiscalYear: opts.fiscalYear,
      docType: opts.docType,
      flagCode: opts.flag,
      batchId: opts.batch,
      ...(opts.limit ? { limit: opts.limit } : {}),
    });
  } catch (err) {
    process.stderr.write(`lao query: INVALID_INPUT: ${err instanceof Error ? err.message.replace(/\s+/g, ' ') : String(err)}\n`);
    return 2;
  }
  const config = loadConfig({ ...process.env, ...(opts.dataDir ? { LAO_DATA_DIR: opts.dataDir } : {}) });
  const { databaseSchema } = loadWorkerEnv(process.env);
  const ctx = await createPipelineContext(config, databaseSchema ? { databaseSchema } : {});
  try {
    const result = await ctx.store.query(filter);
    const flagRows = result.flagRows;
    if (opts.format === 'json') {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else if (opts.format === 'csv') {
      process.stdout.write(flagRows ? renderCsv(flagRows, FLAG_COLUMNS) : renderCsv(result.rows, ROW_COLUMNS));
    } else {
      process.stdout.write(renderTable(result.rows, ROW_COLUMNS));
      if (flagRows) process.stdout.write(`\n${renderTable(flagRows, FLAG_COLUMNS)}`);
      process.stderr.write(`${result.rows.length} รายงาน reports${flagRows ? `, ${flagRows.length} ข้อสังเกต flags` : ''}\n`);
    }
    return 0;
  } catch (err) {
    const e = LaoError.from(err);
    process.stderr.write(`lao query: ${e.code}: ${e.message}\n`);
    return 1;
  } finally {
    await ctx.close();
  }
}
