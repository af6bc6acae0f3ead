import { z } from 'zod';

/**
 * Boxes are in PDF user-space points of the page (1/72 in), origin at the top-left, y growing down,
 * whether the text came from the text layer or from OCR (OCR pixels are scaled by 72/dpi), so the
 * review screen can draw evidence the same way for both.
 */
export const BoxSchema = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() });
export type Box = z.infer<typeof BoxSchema>;

export const ExtractMethodSchema = z.enum(['text', 'ocr']);
export type ExtractMethod = z.infer<typeof ExtractMethodSchema>;

/** OCR confidence, 0–100 as tesseract reports it; null for text-layer content. */
const Confidence = z.number().min(0).max(100).nullable();

export const TextLineSchema = z.object({
  /** Stable within a document: `p${page}-l${index}`. */
  id: z.string(),
  /** What the extractor returned, untouched (may hold PUA code points, NUL, decomposed sara am). */
  raw: z.string(),
  /** After @lao/thai-text normalisation. */
  text: z.string(),
  box: BoxSchema,
  confidence: Confidence,
});
export type TextLine = z.infer<typeof TextLineSchema>;

export const TableCellSchema = z.object({
  raw: z.string(),
  text: z.string(),
  box: BoxSchema,
  /** Lines (by id) whose text makes up this cell, top to bottom. */
  lineIds: z.array(z.string()),
  confidence: Confidence,
  /** Numeric reading for number-like cells (e.g. a constrained OCR re-read); null when not a number. */
  number: z
    .object({ value: z.number(), confidence: Confidence, method: z.string() })
    .nullable()
    .optional(),
});
export type TableCell = z.infer<typeof TableCellSchema>;

export const TableRowSchema = z.object({ cells: z.array(TableCellSchema), box: BoxSchema });
export type TableRow = z.infer<typeof TableRowSchema>;

export const TableSchema = z.object({
  id: z.string(),
  box: BoxSchema,
  /** `ruled` when rows and cells come from drawn lines, `aligned` when inferred from x-positions. */
  source: z.enum(['ruled', 'aligned']),
  rows: z.array(TableRowSchema),
});
export type Table = z.infer<typeof TableSchema>;

export const PageTextSchema = z.object({
  /** 1-based page number within the document. */
  page: z.number().int().min(1),
  width: z.number().positive(),
  height: z.number().positive(),
  method: ExtractMethodSchema,
  /** Mean OCR word confidence of the page (0–100); null on the text path. */
  confidence: Confidence,
  /** Lines in reading order. */
  lines: z.array(TextLineSchema),
  /** Candidate tables; their cells reference lines by id. */
  tables: z.array(TableSchema),
  /** Characters known lost (NUL, U+FFFD, unmapped glyphs) that could not be recovered. */
  lostChars: z.number().int().min(0),
  /** Why the method was chosen, downscaling, recoveries: short machine-readable notes. */
  notes: z.array(z.string()),
});
export type PageText = z.infer<typeof PageTextSchema>;
