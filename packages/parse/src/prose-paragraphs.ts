import { joinWrappedLines } from '@lao/thai-text';
import type { DocLine } from './document.model.js';

/**
 * Whether `next` carries on the paragraph `line` belongs to: the next line of the same page in reading
 * order, just below it (no more than a line's height of space between), not indented like a paragraph's
 * first line, and `line` runs (nearly) to the right margin of the page's prose, as a wrapped line does.
 */
function continues(line: DocLine, next: DocLine, right: number): boolean {
  if (next.page !== line.page || next.index !== line.index + 1) return false;
  const h = Math.min(line.box.h, next.box.h);
  if (h <= 0) return false;
  const gap = next.box.y - (line.box.y + line.box.h);
  if (gap < -0.5 * h || gap > h) return false;
  if (next.box.x - line.box.x > 1.5 * h) return false;
  return line.box.x + line.box.w >= right - 0.3 * (right - line.box.x);
}

/**
 * Each prose line with the rest of its paragraph joined on (at most `follow` lines): a sentence wraps
 * over several lines ("ผลการประเมิน…ของเทศบาลเมือง" / "บ้านไผ่ ได้คะแนนรวม 88.36 คะแนน…"). `own` is the
 * length of the line's own text: a finder keeps only matches that start inside it, so nothing is counted
 * twice; `lines` are the lines joined. Lines are the document's prose lines in reading order (lines of tables left out).
 */
export function withParagraphRest(lines: DocLine[], follow = 3): Array<{ line: DocLine; text: string; own: number; lines: DocLine[] }> {
  const right = new Map<number, number>();
  for (const l of lines) right.set(l.page, Math.max(right.get(l.page) ?? 0, l.box.x + l.box.w));
  return lines.map((line, i) => {
    const held = [line];
    for (let j = i; j < lines.length - 1 && held.length <= follow; j++) {
      if (!continues(lines[j]!, lines[j + 1]!, right.get(line.page)!)) break;
      held.push(lines[j + 1]!);
    }
    return { line, text: held.length > 1 ? joinWrappedLines(held.map((l) => l.text)) : line.text, own: line.text.length, lines: held };
  });
}
