import { LaoError } from '@lao/schemas';
import { sniffImageType, type ImageFileType } from '../image/index.js';

export type InputKind = 'pdf' | ImageFileType;

/** Looks at magic bytes, never at the name. `%PDF-` may follow some junk (readers allow it in the first 1024 bytes). */
export function sniffInputKind(bytes: Uint8Array): InputKind {
  if (bytes.length === 0) throw new LaoError('EMPTY_FILE', 'the file is empty (0 bytes)');
  const image = sniffImageType(bytes);
  if (image) return image;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  throw new LaoError('UNSUPPORTED_TYPE', 'not a PDF, PNG, JPEG or TIFF file (by its first bytes)');
}
