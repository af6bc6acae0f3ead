import { z } from 'zod';
import { FLAG_CODES, FlagSchema } from './flag.schema.js';
import { ReportSchema } from './report.schema.js';

export const REPORT_JSON_SCHEMA_ID = 'urn:lao-ingest:schema:report:v1';

const DESCRIPTION =
  'One report extracted by lao-ingest (shared/CONTRACT.md). Generated from the zod ReportSchema in ' +
  '@lao/schemas, which is the source of truth: regenerate with `pnpm schema:build`, never edit by hand. ' +
  'zod refinements have no JSON Schema form and are dropped unless re-expressed here; the one refinement ' +
  '(the severity of a flag must equal the fixed severity of its code) is re-expressed as if/then rules on Flag.';

// Keywords in the order a reader expects; anything else follows alphabetically.
const KEYWORD_ORDER = [
  '$schema', '$id', '$ref', 'title', 'description', 'type', 'const', 'enum', 'format', 'pattern',
  'minLength', 'maxLength', 'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum',
  'items', 'prefixItems', 'minItems', 'maxItems', 'properties', 'required', 'additionalProperties',
  'anyOf', 'oneOf', 'allOf', 'if', 'then', 'else', '$defs',
];
// Maps whose keys are names chosen by the schema author: keep declaration order (the contract's order).
const NAME_MAPS = new Set(['properties', '$defs', 'patternProperties', 'definitions']);

function keywordRank(key: string): number {
  const i = KEYWORD_ORDER.indexOf(key);
  return i === -1 ? KEYWORD_ORDER.length : i;
}

/** Rebuilds a JSON value with a fixed key order so the committed file only changes when the schema does. */
export function canonicalJson(value: unknown, isNameMap = false): unknown {
  if (Array.isArray(value)) return value.map((v) => canonicalJson(v));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!isNameMap) {
    entries.sort(([a], [b]) => keywordRank(a) - keywordRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) out[k] = canonicalJson(v, !isNameMap && NAME_MAPS.has(k));
  return out;
}

function severityRules(): Array<Record<string, unknown>> {
  return Object.entries(FLAG_CODES).map(([code, severity]) => ({
    if: { properties: { code: { const: code } }, required: ['code'] },
    then: { properties: { severity: { const: severity } } },
  }));
}

/** The Report JSON Schema (draft 2020-12) as a plain object. */
export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ReportSchema, {
    target: 'draft-2020-12',
    io: 'output',
    override: (ctx) => {
      if (ctx.zodSchema === FlagSchema) ctx.jsonSchema.allOf = severityRules();
    },
  }) as Record<string, unknown>;
  return canonicalJson({
    ...generated,
    $id: REPORT_JSON_SCHEMA_ID,
    title: 'lao-ingest Report',
    description: DESCRIPTION,
  }) as Record<string, unknown>;
}

/** The exact text of schemas/report.schema.json: two-space indent, trailing newline. */
export function renderReportJsonSchema(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
