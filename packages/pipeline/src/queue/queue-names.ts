import { z } from 'zod';

/**
 * The queues of the queue runner. Page jobs whose text layer is usable go to `page`; pages that need OCR go to
 * `ocr`, so a machine can run few, CPU-bound OCR jobs beside many cheap ones; `analyse` holds each document's
 * parent job, which runs once every page job has finished.
 */
export const QUEUE_NAMES = ['page', 'ocr', 'analyse'] as const;
export const QueueNameSchema = z.enum(QUEUE_NAMES);
export type QueueName = z.infer<typeof QueueNameSchema>;

/** `page,analyse` → ['page', 'analyse']; throws (zod) on a name that is not a queue. */
export const QueueListSchema = z
  .string()
  .transform((s) => s.split(',').map((q) => q.trim()).filter((q) => q !== ''))
  .pipe(z.array(QueueNameSchema).min(1))
  .transform((qs) => [...new Set(qs)]);
