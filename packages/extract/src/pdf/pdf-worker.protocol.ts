import { z } from 'zod';
import { LAO_ERROR_CODES } from '@lao/schemas';

const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array);

export const WorkerRequestSchema = z.discriminatedUnion('type', [
  z.object({ id: z.number(), type: z.literal('open'), doc: z.number(), bytes: Bytes }),
  z.object({ id: z.number(), type: z.literal('page'), doc: z.number(), page: z.number().int().min(1) }),
  z.object({ id: z.number(), type: z.literal('close'), doc: z.number() }),
]);
export type WorkerRequest = z.infer<typeof WorkerRequestSchema>;

export const WorkerErrorSchema = z.object({ code: z.enum(LAO_ERROR_CODES), message: z.string() });

export type WorkerResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: z.infer<typeof WorkerErrorSchema> };
