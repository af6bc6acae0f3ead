import { z } from 'zod';
import { PixelBoxSchema } from '../image/index.js';

/**
 * A word as a reader sees it: tesseract's glyph clusters joined up to the next space it output.
 * (For Thai, tesseract's own "words" are single clusters such as "ร" or "เค", useless on their own.)
 */
export const OcrWordSchema = z.object({
  text: z.string(),
  /** Mean cluster confidence, 0–100. */
  confidence: z.number().min(0).max(100),
  /** Lowest cluster confidence: one doubtful digit makes the whole number doubtful. */
  minConfidence: z.number().min(0).max(100),
  /** Pixels of the OCR'd image. */
  box: PixelBoxSchema,
  /** Tesseract's text when a confident second reading of a number replaced it. */
  ocrText: z.string().optional(),
  /** Second, digit-only reading of a number-like word (see readNumber). */
  number: z
    .object({
      text: z.string(),
      value: z.number().nullable(),
      confidence: z.number().min(0).max(100),
      method: z.literal('digit-templates'),
    })
    .optional(),
});
export type OcrWord = z.infer<typeof OcrWordSchema>;

export const OcrLineSchema = z.object({
  /** As tesseract output it (sara am decomposed, Thai digits as read); normalise downstream. */
  text: z.string(),
  confidence: z.number().min(0).max(100),
  box: PixelBoxSchema,
  words: z.array(OcrWordSchema),
});
export type OcrLine = z.infer<typeof OcrLineSchema>;

export const OcrPageSchema = z.object({
  /**
   * Size and resolution of the image the boxes refer to (points = pixels × 72 / dpi). When `rotated` is set
   * that is the given image turned upright, so width and height are swapped for 90 and 270.
   */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  dpi: z.number().positive(),
  /** Tesseract's mean text confidence for the page, 0–100. */
  confidence: z.number().min(0).max(100),
  /** In tesseract's reading order (block, paragraph, line). */
  lines: z.array(OcrLineSchema),
  /** Table rulings found on the image (pixels; `at` is y for 'h', x for 'v'), for ruled-table building. */
  rulings: z.array(z.object({ orientation: z.enum(['h', 'v']), at: z.number(), from: z.number(), to: z.number() })),
  /** Clockwise turn (degrees) applied to a sideways or upside-down page image before the kept reading. */
  rotated: z.union([z.literal(90), z.literal(180), z.literal(270)]).optional(),
  notes: z.array(z.string()),
  /** Wall time spent recognising, for benchmarks and logs. */
  ms: z.number().nonnegative(),
});
export type OcrPage = z.infer<typeof OcrPageSchema>;
