import { z } from 'zod';

export const OcrLanguageSchema = z.enum(['tha', 'eng']);

export const OcrPoolOptionsSchema = z.object({
  /** Worker threads; each holds ~100–150 MB and uses one core while recognising. */
  workers: z.number().int().min(1).max(16).default(1),
  /** Pages a worker recognises before it is replaced (tesseract.js workers grow and leak memory). */
  recycleAfter: z.number().int().min(1).default(40),
  languages: z.array(OcrLanguageSchema).min(1).default(['tha', 'eng']),
  /** Page segmentation mode. 3 (automatic) beat 6 (one block) by 2× in CER on these reports. */
  psm: z.number().int().min(0).max(13).default(3),
  /** A page taking longer than this is failed and its worker replaced. */
  pageTimeoutMs: z.number().int().positive().default(180_000),
  /** Paint table rulings white before OCR (tesseract reads them as "|"); they are returned as `rulings`. */
  eraseRulings: z.boolean().default(true),
  /** Second reading of numbers from the pixels: put confident ones into the text, only attach them, or skip. */
  numbers: z.enum(['replace', 'annotate', 'off']).default('replace'),
  /** Re-read every cell of a ruled grid on its own (psm 7/6 on the cell crop, tick boxes by shape), or skip. */
  cells: z.enum(['reread', 'off']).default('reread'),
  /** Time allowed for a worker to start and load the language data. */
  startTimeoutMs: z.number().int().positive().default(60_000),
});
export type OcrPoolOptions = z.infer<typeof OcrPoolOptionsSchema>;
