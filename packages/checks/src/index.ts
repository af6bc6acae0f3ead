export { runChecks } from './run-checks.js';
export {
  CheckInputSchema,
  CheckMentionSchema,
  MENTION_KINDS_READ,
  CheckConflictSchema,
  CheckProvenanceSchema,
  StatedTotalScopeSchema,
  type CheckInput,
  type CheckInputRaw,
  type CheckDeps,
  type CheckMention,
  type CheckConflict,
  type CheckProvenance,
  type StatedTotalScope,
} from './check-input.schema.js';
