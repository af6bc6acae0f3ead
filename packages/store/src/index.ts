export { createStore, type Store } from './store.js';
export { StoreConfigSchema, type StoreConfig, type Dialect } from './store.config.js';
export { createBlobStore, defaultBlobDir, type BlobStore } from './blob.store.js';
export { organisationIdentity, provinceKey, districtKey, type OrganisationIdentity } from './org-key.js';
export { flagFingerprints } from './flag-fingerprint.js';
export type { DocumentStatus, ReviewStatus, ReviewAction } from './database.types.js';
export type {
  DocumentRecord,
  DocumentRepository,
  Registration,
  RegistrationStatus,
  RegisterDocumentInput,
} from './repositories/document.repository.js';
export type { BatchRecord, BatchFile, BatchStatus, BatchRepository } from './repositories/batch.repository.js';
export { PageFailureSchema, type PageRepository, type PageSummary, type PageFailure } from './repositories/page.repository.js';
export type { SaveReportResult } from './repositories/report.repository.js';
export type { ReviewSyncResult } from './repositories/review-sync.js';
export type {
  ReviewItem,
  ReviewEvent,
  ReviewFilter,
  ReviewDecision,
  ReviewActionResult,
  ReviewRepository,
} from './repositories/review.repository.js';
export { QueryFilterSchema, type QueryFilter, type QueryRow, type FlagRow, type QueryResult } from './repositories/query.repository.js';
export {
  OrganisationFilterSchema,
  type OrganisationFilter,
  type OrganisationRecord,
  type OrganisationRepository,
} from './repositories/organisation.repository.js';
export { ReviewFilterSchema, ReviewDecisionSchema, ReviewStatusSchema } from './repositories/review.repository.js';
