import { joinWrappedLines } from '@lao/thai-text';
import type { Doc, DocCell } from './document.model.js';

// Where a question text wraps, the line break may stand for a space the report printed: Thai needs no
// space where a line breaks, so the extractor joins Thai to Thai with none. These are the places the
// question texts of ITA reports always print a space: before the closing "มากน้อยเพียงใด", around
// "เช่น" opening examples, before "พ.ศ.", and around ไม้ยมก ("อื่น ๆ", "ต่าง ๆ ของ", the Royal
// Institute's rule). Not "หรือไม่": reports print it both spaced and joined ("…การให้บริการหรือไม่").
const SPACED_OPENING = /^(?:มากน้อยเพียงใด|เช่น|ๆ|พ\.ศ\.)/u;
const SPACED_CLOSING = /(?:ๆ|เช่น)$/u;

/** Joins the lines of a question's cell, keeping the spaces the report printed at its line breaks. */
export function joinQuestionLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') {
      out = line;
      continue;
    }
    const joined = joinWrappedLines([out, line]);
    const spaced = !joined.startsWith(`${out} `) && (SPACED_OPENING.test(line) || SPACED_CLOSING.test(out));
    out = spaced ? `${out} ${line}` : joined;
  }
  return out;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * The text of a question cell read line by line (the cell's own lines, in order), so a space lost where
 * the text wrapped is put back; the cell's joined text when its lines do not spell exactly that text
 * (an OCR line reaching into another column).
 */
export function questionCellText(doc: Doc, cell: DocCell | undefined): string | null {
  if (!cell || cell.text === '') return null;
  const lines = cell.lineIds.map((id) => doc.lineById.get(id)?.text ?? null);
  if (lines.length < 2 || lines.some((l) => l === null)) return cell.text;
  const joined = joinQuestionLines(lines as string[]);
  return squash(joined) === squash(cell.text) ? joined : cell.text;
}
