/**
 * Splits a cell of numbered or bulleted steps into items: "1. … 2. …", "1) … 2) …", "- … - …".
 * Numbers must run in sequence (1, 2, 3…) so a figure or a section number inside a step is not a split.
 */
export function splitItems(text: string): string[] {
  const t = text.trim();
  if (t === '') return [];
  const numbered = splitNumbered(t);
  if (numbered.length >= 2) return numbered;
  const dashed = splitDashed(t);
  if (dashed.length >= 2) return dashed;
  const only = stripMarker(t);
  return only === '' ? [] : [only];
}

const NUM_MARK = /(^|\s)(\d{1,2})[.)](?!\d)\s*/g;

function splitNumbered(t: string): string[] {
  const marks: Array<{ at: number; body: number; n: number }> = [];
  for (const m of t.matchAll(NUM_MARK)) {
    const n = Number(m[2]);
    const expected = marks.length === 0 ? null : marks[marks.length - 1]!.n + 1;
    if (expected === null ? n <= 1 || (m.index ?? 0) === 0 : n === expected) {
      const at = (m.index ?? 0) + m[1]!.length;
      marks.push({ at, body: (m.index ?? 0) + m[0].length, n });
    }
  }
  if (marks.length < 2) return [];
  const items: string[] = [];
  const lead = t.slice(0, marks[0]!.at).trim();
  if (lead !== '') items.push(lead);
  marks.forEach((mk, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.at : t.length;
    const item = t.slice(mk.body, end).trim();
    if (item !== '') items.push(item);
  });
  return items;
}

function splitDashed(t: string): string[] {
  if (!/^[-•▪●]/.test(t) && (t.match(/(^|\s)[-•▪●](?=\s?[\u0E01-\u0E4E])/g) ?? []).length < 2) return [];
  return t
    .split(/(?:^|\s)[-•▪●](?=\s?[\u0E01-\u0E4E])/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

function stripMarker(t: string): string {
  return t.replace(/^(?:\d{1,2}[.)]|[-•▪●])\s*/, '').trim();
}

/** "๑. จัดทำคู่มือ…" / "3.5) …" → { no: "1", rest: "จัดทำคู่มือ…" } (digits already ASCII). */
export function leadingNo(text: string): { no: string | null; rest: string } {
  const m = /^\s*(\d{1,2}(?:\.\d{1,2})?)\s?[.)]\s*(?=\S|$)/.exec(text);
  if (!m) return { no: null, rest: text.trim() };
  return { no: m[1]!, rest: text.slice(m[0].length).trim() };
}
