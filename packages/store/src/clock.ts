import { randomUUID } from 'node:crypto';

/** Timestamps are ISO-8601 UTC text so they sort and compare the same on both dialects. */
export const nowIso = (): string => new Date().toISOString();

export const newId = (): string => randomUUID();
