import type { FlowProducer, JobsOptions } from 'bullmq';
import { jobId, parseJobPayload, type PageJobOptions } from '@lao/schemas';
import type { PagePlan } from '../intake.stage.js';

export interface EnqueueRequest {
  sha256: string;
  documentId: string;
  pageCount: number;
  pipelineVersion: string;
  plan: PagePlan[];
  pageOptions?: PageJobOptions;
}

/**
 * Retries with exponential back-off; finished jobs are removed so that a later run (a new pipeline version,
 * a retry of a failed document) can add the same content-derived ids again. Whether a file is a duplicate is
 * decided by the store at intake, not by a job id lingering in Redis.
 */
const COMMON: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: true,
  removeOnFail: true,
};

/**
 * One flow per document: the analyse parent with one child per page. A page that still fails after its retries
 * is moved to the parent's failed dependencies (`ignoreDependencyOnFailure`) instead of failing the parent
 * (`failParentOnFailure` stays off): the parent never waits forever, and it analyses the pages that could be
 * read, as `lao extract` does with a document whose page is broken.
 */
export async function enqueueDocument(flow: FlowProducer, request: EnqueueRequest): Promise<string> {
  const analyse = parseJobPayload('analyse', {
    sha256: request.sha256,
    documentId: request.documentId,
    pageCount: request.pageCount,
    pipelineVersion: request.pipelineVersion,
  });
  const parentId = jobId(request.sha256, 'analyse');
  await flow.add({
    name: 'analyse',
    queueName: 'analyse',
    data: analyse,
    opts: { ...COMMON, jobId: parentId },
    children: request.plan.map(({ page, ocr }) => ({
      name: 'page',
      queueName: ocr ? 'ocr' : 'page',
      data: parseJobPayload('page', {
        sha256: request.sha256,
        documentId: request.documentId,
        page,
        pipelineVersion: request.pipelineVersion,
        ...(request.pageOptions ? { options: request.pageOptions } : {}),
      }),
      opts: { ...COMMON, jobId: jobId(request.sha256, 'page', page), ignoreDependencyOnFailure: true },
    })),
  });
  return parentId;
}
