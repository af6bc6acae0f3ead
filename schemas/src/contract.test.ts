import { describe, it, expect } from '@jest/globals';
import { FLAG_CODES, FlagSchema, FlagCodeSchema } from './flag.schema.js';
import { createFlag } from './flag.factory.js';
import { reportJsonSchema } from './report-json-schema.js';
import { LaoError } from './errors.js';

/** Every field path of the `Report` and `Flag` types in shared/CONTRACT.md, written out from its TS block. */
/** Fields lao-ingest adds to the first CONTRACT.md draft (extend, never rename); each is optional. */
const CONTRACT_EXTENSIONS = ['plan.statedTotals[].dimension'];

const CONTRACT_FIELDS = [
  'schemaVersion',
  'source', 'source.fileName', 'source.sha256', 'source.pageCount',
  'docType', 'fiscalYear',
  'org', 'org.name', 'org.kind', 'org.district', 'org.province', 'org.variants',
  'ita', 'ita.year', 'ita.totalScore', 'ita.level',
  'ita.tools', 'ita.tools.iit', 'ita.tools.eit', 'ita.tools.oit',
  'ita.indicators', 'ita.indicators[].no', 'ita.indicators[].name', 'ita.indicators[].officialName',
  'ita.indicators[].score', 'ita.indicators[].page',
  'ita.questions', 'ita.questions[].tool', 'ita.questions[].code', 'ita.questions[].text',
  'ita.questions[].score', 'ita.questions[].parts', 'ita.questions[].page',
  'measures', 'measures[].no', 'measures[].indicatorNo', 'measures[].title', 'measures[].steps',
  'measures[].responsible', 'measures[].period', 'measures[].period.text', 'measures[].period.start',
  'measures[].period.end', 'measures[].status', 'measures[].progressPercent', 'measures[].output',
  'measures[].outcome', 'measures[].result', 'measures[].page',
  'plan', 'plan.fromYear', 'plan.toYear', 'plan.projects', 'plan.projects[].year', 'plan.projects[].no',
  'plan.projects[].title', 'plan.projects[].dimension', 'plan.projects[].budget', 'plan.projects[].quarters',
  'plan.projects[].page', 'plan.statedTotals', 'plan.statedTotals[].year', 'plan.statedTotals[].projectCount',
  'plan.statedTotals[].budget', 'plan.statedTotals[].page',
  'flags', 'flags[].code', 'flags[].severity', 'flags[].message', 'flags[].messageEn', 'flags[].evidence',
  'flags[].evidence[].page', 'flags[].evidence[].text',
  'pages', 'pages[].no', 'pages[].method', 'pages[].confidence',
];

/** The flag-code table of shared/CONTRACT.md, verbatim. */
const CONTRACT_FLAG_CODES = {
  ORG_NAME_MISMATCH: 'error',
  ORG_NAME_VARIANT: 'info',
  DISTRICT_MISMATCH: 'error',
  PROVINCE_MISMATCH: 'error',
  FISCAL_YEAR_MISMATCH: 'warning',
  DATE_RANGE_INVALID: 'warning',
  INDICATOR_SCORE_MISMATCH: 'error',
  TOOL_SCORE_MISMATCH: 'error',
  TOTAL_SCORE_MISMATCH: 'error',
  INDICATOR_NAME_MISMATCH: 'warning',
  LEVEL_MISMATCH: 'warning',
  SCORE_OUT_OF_RANGE: 'error',
  PLAN_COUNT_MISMATCH: 'error',
  PLAN_BUDGET_MISMATCH: 'error',
  MISSING_FIELD: 'warning',
  LOW_OCR_CONFIDENCE: 'warning',
} as const;

/** Codes added after the contract draft ("add codes where real reports need them"), each documented in flag.schema.ts. */
const ADDED_FLAG_CODES = ['QUESTION_SCORE_CONFLICT'];

type Node = Record<string, unknown>;

/** Collects `a.b[].c` paths of every object property in the schema, looking through nullable anyOf and arrays. */
function fieldPaths(node: Node, prefix: string, out: Set<string>): Set<string> {
  for (const alt of (node.anyOf as Node[] | undefined) ?? []) fieldPaths(alt, prefix, out);
  if (node.items) fieldPaths(node.items as Node, `${prefix}[]`, out);
  for (const [name, child] of Object.entries((node.properties as Record<string, Node> | undefined) ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    out.add(path);
    fieldPaths(child, path, out);
  }
  return out;
}

describe('Report schema vs CONTRACT.md', () => {
  const paths = fieldPaths(reportJsonSchema(), '', new Set());

  it.each(CONTRACT_FIELDS)('has %s', (field) => {
    expect(paths.has(field)).toBe(true);
  });

  it('has no field the contract does not describe, apart from the documented extensions', () => {
    expect([...paths].filter((p) => !CONTRACT_FIELDS.includes(p) && !CONTRACT_EXTENSIONS.includes(p))).toEqual([]);
  });
});

describe('flag codes', () => {
  it('has exactly the 16 codes of CONTRACT.md with their severities, plus the documented additions', () => {
    const { ...table } = FLAG_CODES as Record<string, string>;
    for (const added of ADDED_FLAG_CODES) delete table[added];
    expect(table).toEqual(CONTRACT_FLAG_CODES);
    expect(Object.keys(CONTRACT_FLAG_CODES)).toHaveLength(16);
    expect(Object.keys(FLAG_CODES).sort()).toEqual([...Object.keys(CONTRACT_FLAG_CODES), ...ADDED_FLAG_CODES].sort());
    expect(FlagCodeSchema.options).toEqual(Object.keys(FLAG_CODES));
  });

  it.each([
    ['PROVINCE_MISMATCH', 'error', 'จังหวัด นครพนม'],
    ['ORG_NAME_VARIANT', 'info', 'เทศบาลตำบลระือโบทก'],
    ['LEVEL_MISMATCH', 'warning', 'อยู่ในระดับ A หรือ ผ่านดี'],
  ] as const)('createFlag(%s) takes severity %s from the table', (code, severity, text) => {
    const f = createFlag(code, 'ข้อความ', 'message', [{ page: 1, text }]);
    expect(f.severity).toBe(severity);
    expect(FlagSchema.parse(f)).toEqual(f);
  });

  it('FlagSchema rejects a severity the table does not give the code', () => {
    const r = FlagSchema.safeParse({
      code: 'PROVINCE_MISMATCH',
      severity: 'info',
      message: 'จังหวัดไม่ตรงกัน',
      messageEn: 'province mismatch',
      evidence: [],
    });
    expect(r.success).toBe(false);
  });

  it('createFlag rejects an empty message', () => {
    expect(() => createFlag('MISSING_FIELD', '', 'x', [])).toThrow(/^invalid MISSING_FIELD flag: .*message/);
    expect(() => createFlag('MISSING_FIELD', '', 'x', [])).toThrow(LaoError);
  });

  it('LaoError.from keeps LaoErrors and wraps the rest', () => {
    const e = new LaoError('INVALID_INPUT', 'x');
    expect(LaoError.from(e)).toBe(e);
    expect(LaoError.from(new Error('boom')).code).toBe('INTERNAL');
  });
});
