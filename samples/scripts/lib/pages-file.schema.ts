import { z } from 'zod';

/**
 * `samples/<name>.pages.json`, written by the sample builder (samples/build): the exact text laid out on each
 * page and the seed lines it came from. Only the fields the golden records need are read.
 */
export const PagesFileSchema = z.object({
  file: z.string(),
  seed: z.string(),
  pages: z
    .array(
      z.object({
        page: z.number().int().positive(),
        method: z.enum(['text', 'ocr']),
        text: z.string(),
        seedLines: z.tuple([z.number().int().positive(), z.number().int().positive()]).nullable(),
        sourcePage: z.number().int().positive().optional(),
      }),
    )
    .min(1),
});
export type PagesFile = z.infer<typeof PagesFileSchema>;
export type PageEntry = PagesFile['pages'][number];
