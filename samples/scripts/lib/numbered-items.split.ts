import { normaliseText } from './thai-text.normalise.js';

/**
 * Splits "1. ทำ ก 2. ทำ ข" into ["ทำ ก", "ทำ ข"]. Only the sequence 1, 2, 3, … counts as item marks, so numbers
 * inside the items ("30 กันยายน 2569", "มาตรา 9") never split them. Text without a leading "1." is one item.
 */
export function splitNumberedItems(raw: string): string[] {
  const t = normaliseText(raw);
  const starts: Array<{ at: number; len: number }> = [];
  let from = 0;
  for (let k = 1; ; k++) {
    const re = new RegExp(`(?:^|\\s)${k}\\.\\s*`, 'g');
    re.lastIndex = from;
    const m = re.exec(t);
    if (!m) break;
    if (k === 1 && m.index !== 0) break;
    starts.push({ at: m.index, len: m[0].length });
    from = m.index + m[0].length;
  }
  if (starts.length === 0) return t ? [t] : [];
  return starts.map((s, i) => t.slice(s.at + s.len, starts[i + 1]?.at ?? t.length).trim()).filter((x) => x);
}

/** Splits "- ทำ ก -ทำ ข" (dash bullets) into items; text without a leading dash is one item. */
export function splitDashItems(raw: string): string[] {
  const t = normaliseText(raw);
  if (!t.startsWith('-')) return t ? [t] : [];
  return t
    .split(/(?:^|\s)-\s*/)
    .map((x) => x.trim())
    .filter((x) => x);
}

/** "1. ทำ ก" → { no: "1", text: "ทำ ก" }; "3.2) ทำ ข" → { no: "3.2", … }; no number → { no: null, … }. */
export function leadingNumber(raw: string): { no: string | null; text: string } {
  const t = normaliseText(raw).replace(/^-\s*/, '');
  const m = /^(\d+(?:\.\d+)*)[.)]?\s*(?=\S)/.exec(t);
  if (!m?.[1]) return { no: null, text: t };
  return { no: m[1], text: t.slice(m[0].length).trim() };
}
