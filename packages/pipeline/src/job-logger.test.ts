import { describe, expect, it } from '@jest/globals';
import { createLogger, jobLogger } from './job-logger.js';

function capture(level: Parameters<typeof createLogger>[0]) {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger(level, { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
  return { logger, lines };
}

describe('job logger', () => {
  it('every line of a job carries its document, page, stage and attempt', () => {
    const { logger, lines } = capture('debug');
    const log = jobLogger(logger, { stage: 'page', sha256: 'ab'.repeat(32), documentId: 'd1', page: 3, attempt: 2, jobId: 'j', queue: 'ocr' });
    log.debug({ method: 'ocr' }, 'page stored');
    log.warn('page failed');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatchObject({ stage: 'page', sha256: 'ab'.repeat(32), documentId: 'd1', page: 3, attempt: 2, jobId: 'j', queue: 'ocr' });
    }
    expect(lines[0]).toMatchObject({ level: 20, msg: 'page stored', method: 'ocr' });
  });

  it('leaves out fields a stage does not have, and respects the level', () => {
    const { logger, lines } = capture('info');
    const log = jobLogger(logger, { stage: 'analyse', sha256: 'cd'.repeat(32), page: undefined, attempt: 1 });
    log.debug('not written');
    log.info('document stored');
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0] ?? {})).not.toContain('page');
    expect(lines[0]).toMatchObject({ stage: 'analyse', attempt: 1, msg: 'document stored' });
  });
});
