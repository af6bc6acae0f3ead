import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { renderReportJsonSchema, reportJsonSchema, canonicalJson } from './report-json-schema.js';
import { ReportSchema } from './report.schema.js';
import { seed000Report } from './test-fixtures/seed-000.report.js';

const committed = readFileSync(new URL('../report.schema.json', import.meta.url), 'utf8');

describe('report.schema.json', () => {
  it('is current (same comparison as `pnpm schema:check`; run `pnpm schema:build` if this fails)', () => {
    expect(committed).toBe(renderReportJsonSchema());
  });

  it('renders identically twice and ends with one newline', () => {
    const a = renderReportJsonSchema();
    expect(renderReportJsonSchema()).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a.endsWith('\n\n')).toBe(false);
  });

  it('carries $id, title and draft 2020-12', () => {
    const s = reportJsonSchema();
    expect(s.$id).toBe('urn:lao-ingest:schema:report:v1');
    expect(s.title).toBe('lao-ingest Report');
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(s).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
  });
});

describe('canonicalJson', () => {
  it('orders keywords but keeps property names in declaration order', () => {
    const out = canonicalJson({ required: ['b'], properties: { zeta: { type: 'string' }, alpha: {} }, type: 'object' });
    expect(Object.keys(out as object)).toEqual(['type', 'properties', 'required']);
    expect(Object.keys((out as { properties: object }).properties)).toEqual(['zeta', 'alpha']);
  });
});

describe('the JSON Schema agrees with zod on real-looking records', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(JSON.parse(committed) as object);

  const cases: Array<{ name: string; mutate: (r: ReturnType<typeof seed000Report>) => void; valid: boolean }> = [
    { name: 'seed 000 as extracted', mutate: () => {}, valid: true },
    {
      name: 'flag severity differs from its code (refinement re-expressed as if/then)',
      mutate: (r) => {
        r.flags[0]!.severity = 'info';
      },
      valid: false,
    },
    {
      name: 'question code with a Thai digit left in',
      mutate: (r) => {
        r.ita!.questions[0]!.code = 'i๒';
      },
      valid: false,
    },
    {
      name: 'Gregorian date in Thai form',
      mutate: (r) => {
        r.measures[0]!.period!.start = '๑ ตุลาคม ๒๕๖๘';
      },
      valid: false,
    },
    {
      name: 'fiscal year in the Christian era',
      mutate: (r) => {
        r.fiscalYear = 2025;
      },
      valid: false,
    },
  ];

  it.each(cases)('$name → valid=$valid in both', ({ mutate, valid }) => {
    const r = seed000Report();
    mutate(r);
    expect(validate(r)).toBe(valid);
    expect(ReportSchema.safeParse(r).success).toBe(valid);
  });

  it('rejects unknown keys, which zod strips from its output (the JSON Schema describes that output)', () => {
    const r = seed000Report();
    (r.org as Record<string, unknown>).amphoe = 'ภูค้อ';
    expect(validate(r)).toBe(false);
    expect(ReportSchema.parse(r).org).not.toHaveProperty('amphoe');
  });
});
