/**
 * Row shapes of the store's tables, as Kysely sees them. Portable across SQLite and PostgreSQL:
 * timestamps are ISO-8601 text, JSON is text, booleans are avoided, floats are `double precision`.
 */

export type DocumentStatus = 'pending' | 'processing' | 'done' | 'failed';
export type ReviewStatus = 'open' | 'confirmed' | 'dismissed' | 'corrected';
export type ReviewAction = 'created' | 'confirm' | 'dismiss' | 'correct' | 'assign' | 'reopen' | 'superseded' | 'restored';

export interface DocumentsTable {
  id: string;
  sha256: string;
  file_name: string;
  size_bytes: number | null;
  status: DocumentStatus;
  error: string | null;
  pipeline_version: string;
  attempts: number;
  created_at: string;
  updated_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface BatchesTable {
  id: string;
  label: string | null;
  created_at: string;
}

export interface BatchFilesTable {
  batch_id: string;
  document_id: string;
  file_name: string;
  /** How the file was received in this batch: new, duplicate or reprocess. */
  registration: 'new' | 'duplicate' | 'reprocess';
  added_at: string;
}

export interface PagesTable {
  document_id: string;
  page_no: number;
  method: 'text' | 'ocr';
  confidence: number | null;
  page_text_json: string;
  created_at: string;
}

/** A page that could not be read (its reason as `CODE: message`); the report leaves it out. */
export interface PageFailuresTable {
  document_id: string;
  page_no: number;
  reason: string;
  created_at: string;
}

export interface OrganisationsTable {
  id: string;
  org_key: string;
  /** The name's core without kind prefix ("ขอนแก่น"), for searching. */
  name_key: string;
  name: string;
  kind: string | null;
  district: string | null;
  province: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReportsTable {
  document_id: string;
  org_id: string | null;
  doc_type: string;
  fiscal_year: number | null;
  org_name: string | null;
  org_kind: string | null;
  district: string | null;
  province: string | null;
  ita_year: number | null;
  total_score: number | null;
  level: string | null;
  iit: number | null;
  eit: number | null;
  oit: number | null;
  plan_from_year: number | null;
  plan_to_year: number | null;
  page_count: number;
  report_json: string;
  saved_at: string;
}

export interface IndicatorScoresTable {
  document_id: string;
  ord: number;
  no: number;
  name: string;
  official_name: string | null;
  score: number | null;
  page: number;
}

export interface QuestionScoresTable {
  document_id: string;
  ord: number;
  tool: string;
  code: string;
  text: string | null;
  score: number | null;
  parts_json: string | null;
  page: number;
}

export interface MeasuresTable {
  document_id: string;
  ord: number;
  no: string | null;
  indicator_no: number | null;
  title: string;
  steps_json: string;
  responsible: string | null;
  period_text: string | null;
  period_start: string | null;
  period_end: string | null;
  status: string | null;
  progress_percent: number | null;
  output: string | null;
  outcome: string | null;
  result: string | null;
  page: number;
}

export interface PlanProjectsTable {
  document_id: string;
  ord: number;
  year: number;
  no: number | null;
  title: string;
  dimension: number | null;
  budget: number | null;
  quarters_json: string;
  page: number;
}

export interface StatedTotalsTable {
  document_id: string;
  ord: number;
  year: number | null;
  project_count: number | null;
  budget: number | null;
  page: number;
}

export interface FlagsTable {
  document_id: string;
  ord: number;
  /** Stable identity of the flag across re-processing: code + evidence (see flag-fingerprint.ts). */
  fingerprint: string;
  code: string;
  severity: string;
  message: string;
  message_en: string;
  evidence_json: string;
}

export interface ReviewItemsTable {
  id: string;
  document_id: string;
  fingerprint: string;
  flag_ord: number;
  flag_code: string;
  severity: string;
  message: string;
  message_en: string;
  evidence_json: string;
  status: ReviewStatus;
  assignee: string | null;
  correction_json: string | null;
  created_at: string;
  updated_at: string;
  /** Set when a re-processing no longer produced this flag; the item and its audit trail are kept. */
  superseded_at: string | null;
}

export interface ReviewEventsTable {
  id: string;
  review_item_id: string;
  seq: number;
  at: string;
  by: string;
  action: ReviewAction;
  from_status: ReviewStatus | null;
  to_status: ReviewStatus | null;
  note: string | null;
  correction_json: string | null;
}

export interface Database {
  documents: DocumentsTable;
  batches: BatchesTable;
  batch_files: BatchFilesTable;
  pages: PagesTable;
  page_failures: PageFailuresTable;
  organisations: OrganisationsTable;
  reports: ReportsTable;
  indicator_scores: IndicatorScoresTable;
  question_scores: QuestionScoresTable;
  measures: MeasuresTable;
  plan_projects: PlanProjectsTable;
  stated_totals: StatedTotalsTable;
  flags: FlagsTable;
  review_items: ReviewItemsTable;
  review_events: ReviewEventsTable;
}
