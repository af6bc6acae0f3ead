import { describe, it, expect } from '@jest/globals';
import { JOB_NAMES, jobId, jobPayloadSchema, parseJobId, parseJobPayload } from './jobs.schema.js';
import { LaoError } from './errors.js';

const SHA = '6a9dc769a661d8da'.repeat(4);

describe('jobId', () => {
  it.each([
    [SHA, 'intake', undefined, `${SHA}-intake`],
    [SHA, 'page', 1, `${SHA}-page-1`],
    [SHA, 'page', 93, `${SHA}-page-93`],
    [SHA, 'analyse', undefined, `${SHA}-analyse`],
    [SHA, 'store', undefined, `${SHA}-store`],
  ] as const)('jobId(%s, %s, %s) = %s, without ":" and reversible', (sha, stage, page, id) => {
    const got = jobId(sha, stage, page);
    expect(got).toBe(id);
    expect(got).not.toContain(':');
    expect(parseJobId(got)).toEqual({ sha256: sha, stage, page: page ?? null });
  });

  it('never contains ":" for any stage and page', () => {
    for (const stage of JOB_NAMES) {
      for (const page of stage === 'page' ? [1, 2, 10, 999] : [undefined]) {
        expect(jobId(SHA, stage, page)).not.toMatch(/:/);
      }
    }
  });

  it.each([
    ['upper-case hash', SHA.toUpperCase(), 'intake', undefined],
    ['short hash', SHA.slice(1), 'intake', undefined],
    ['hash with a colon', `${SHA.slice(1)}:`, 'intake', undefined],
    ['unknown stage', SHA, 'ocr', undefined],
    ['page job without a page', SHA, 'page', undefined],
    ['page 0', SHA, 'page', 0],
    ['fractional page', SHA, 'page', 1.5],
    ['page on a non-page job', SHA, 'analyse', 3],
  ])('rejects %s with LaoError INVALID_INPUT', (_name, sha, stage, page) => {
    expect(() => jobId(sha, stage as 'intake', page)).toThrow(LaoError);
    try {
      jobId(sha, stage as 'intake', page);
    } catch (e) {
      expect((e as LaoError).code).toBe('INVALID_INPUT');
    }
  });

  it.each([`${SHA}-page`, `${SHA}-intake-1`, `${SHA}:page:1`, 'abc-page-1', `${SHA}-page-01`])(
    'parseJobId(%s) is null',
    (id) => {
      expect(parseJobId(id)).toBeNull();
    },
  );
});

describe('job payloads', () => {
  it('accepts one valid payload per job name', () => {
    const valid = {
      intake: { path: '/tmp/in/000.pdf', fileName: '000.pdf', batchId: 'b1', pipelineVersion: '0.1.0' },
      page: { sha256: SHA, page: 3, pipelineVersion: '0.1.0', options: { dpi: 300, forceOcr: true } },
      analyse: { sha256: SHA, pageCount: 5, pipelineVersion: '0.1.0' },
      store: { sha256: SHA, documentId: '42', pipelineVersion: '0.1.0' },
    } as const;
    for (const name of JOB_NAMES) {
      expect(parseJobPayload(name, valid[name])).toEqual(valid[name]);
      expect(jobPayloadSchema(name).safeParse(valid[name]).success).toBe(true);
    }
  });

  it.each([
    ['intake', { path: '', fileName: 'a.pdf', batchId: 'b', pipelineVersion: '1' }, 'path'],
    ['page', { sha256: SHA, page: 0, pipelineVersion: '1' }, 'page'],
    ['page', { sha256: SHA, page: 1, pipelineVersion: '1', options: { dpi: 2400 } }, 'dpi'],
    ['analyse', { sha256: SHA, pipelineVersion: '1' }, 'pageCount'],
    ['store', { sha256: 'not-a-hash', pipelineVersion: '1' }, 'sha256'],
  ] as const)('%s payload %j is rejected naming %s', (name, data, field) => {
    expect(() => parseJobPayload(name, data)).toThrow(new RegExp(`invalid ${name} job payload: .*${field}`));
  });
});
