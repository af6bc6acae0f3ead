export { parseReport, type FullParseResult, type ParseOptions } from './parse-report.js';
export type { PlaceLookup } from './header.parser.js';
export {
  ParseResultSchema,
  ValueProvenanceSchema,
  ConflictSchema,
  MentionSchema,
  ParseMetaSchema,
  type ParseResult,
  type ValueProvenance,
  type Conflict,
  type Mention,
  type MentionKind,
  type ParseMeta,
} from './parse-result.schema.js';
export type { StatedTotalScope } from './plan.parser.js';
