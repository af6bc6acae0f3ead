import { pino, type DestinationStream, type LevelWithSilent, type Logger } from 'pino';

/** The fields every job's log lines carry, in both runners: which document, which page, which stage, which try. */
export interface JobLogFields {
  stage: 'intake' | 'page' | 'analyse';
  sha256?: string | undefined;
  documentId?: string | undefined;
  /** Page jobs only. */
  page?: number | undefined;
  /** 1 for the first delivery; BullMQ retries count up. */
  attempt: number;
  /** Queue runner only. */
  jobId?: string | undefined;
  queue?: string | undefined;
}

/** A child logger for one job: every line it writes carries the job's fields. */
export function jobLogger(base: Logger, fields: JobLogFields): Logger {
  return base.child(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
}

/**
 * The process logger: JSON lines on stderr (fd 2), never stdout, which carries the command's own output
 * (`lao ingest --json`, `lao extract`).
 */
export function createLogger(level: LevelWithSilent, destination: number | DestinationStream = 2): Logger {
  const dest = typeof destination === 'number' ? pino.destination({ dest: destination, sync: true }) : destination;
  return pino({ level, base: { pid: process.pid } }, dest);
}

/** For callers that pass no logger. */
export const silentLogger: Logger = pino({ level: 'silent' });
