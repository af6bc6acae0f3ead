import { z } from 'zod';

/** `<name>.pages.json`: the exact text laid out on each page, the ground truth for extraction error rates. */
export const PageEntrySchema = z.object({
  page: z.number().int().positive(),
  method: z.enum(['text', 'ocr']),
  text: z.string(),
  seedLines: z.tuple([z.number().int().positive(), z.number().int().positive()]).nullable(),
  sourcePage: z.number().int().positive().optional(),
});

export const PagesFileSchema = z.object({
  file: z.string().regex(/\.pdf$/),
  seed: z.string().regex(/\.txt$/),
  font: z.string(),
  pages: z.array(PageEntrySchema).min(1),
});

export type PageEntry = z.infer<typeof PageEntrySchema>;
export type PagesFile = z.infer<typeof PagesFileSchema>;
