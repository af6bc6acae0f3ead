/**
 * Splits a cell of numbered or bulleted steps into items: "1. … 2. …", "1) … 2) …", "- … - …".
 * Numbers must run in sequence (1, 2, 3…) so a figure or a section number inside a step is not a split.
 * Read by OCR (`ocr`), a marker may be misread: a symbol in the place of the next number ("©." for ๒.),
 * the previous number again ("1) … 2) … 2) …"), a first marker read as another digit ("2. … 2. … 3.")
 * and a marker whose stop was read as a letter or two glued to the number ("1) … 2ติ … 3) …", only where the
 * numbers around it close alike) still split.
 */
export function splitItems(text: string, opts: { ocr?: boolean } = {}): string[] {
  const t = text.trim();
  if (t === '') return [];
  const numbered = splitNumbered(t, opts.ocr === true);
  if (numbered.length >= 2) return numbered;
  const dashed = splitDashed(t);
  if (dashed.length >= 2) return dashed;
  const only = stripMarker(t);
  return only === '' ? [] : [only];
}

const NUM_MARK = /(^|\s)(\d{1,2})[.)](?!\d)\s*/g;
// OCR: a digit, or one symbol (no letter, digit or bullet) standing where a Thai digit was printed.
const OCR_MARK = /(^|\s)(\d{1,2}|[^\s\dA-Za-z\u0E00-\u0E7F\-•▪●.()"'“”])[.)](?!\d)\s*/g;

// OCR: the expected number with its stop read as one or two letters glued to it ("2ติ ติดตั้ง" for "2) ติดตั้ง").
const GLUED_MARK = /(^|\s)(\d{1,2})[^\s\d.)]{1,2}\s+/g;

type Mark = { at: number; body: number; n: number; close?: string };
type Found = { at: number; body: number; n: number | null; close: string; glued?: boolean };

function splitNumbered(t: string, ocr: boolean): string[] {
  const found: Found[] = [...t.matchAll(ocr ? OCR_MARK : NUM_MARK)].map((m) => ({
    at: (m.index ?? 0) + m[1]!.length,
    body: (m.index ?? 0) + m[0].length,
    n: /^\d+$/.test(m[2]!) ? Number(m[2]) : null,
    close: m[0].trim().slice(-1),
  }));
  if (ocr) {
    for (const m of t.matchAll(GLUED_MARK)) {
      found.push({ at: (m.index ?? 0) + m[1]!.length, body: (m.index ?? 0) + m[0].length, n: Number(m[2]), close: '', glued: true });
    }
    found.sort((a, b) => a.at - b.at);
  }
  const marks: Mark[] = [];
  found.forEach((f, k) => {
    const last = marks[marks.length - 1];
    const expected = last === undefined ? null : last.n + 1;
    // The next number read (if any) follows the expected one.
    const next = found.slice(k + 1).find((g) => g.n !== null && g.glued !== true);
    const followed = expected !== null && (!next || next.n === expected + 1);
    if (f.glued === true) {
      // Only between two markers that close alike and number around it: "1) … 2ติ … 3) …".
      if (expected !== null && f.n === expected && next !== undefined && next.n === expected + 1 && next.close === last!.close) {
        marks.push({ at: f.at, body: f.body, n: expected, close: last!.close });
      }
      return;
    }
    if (f.n === null) {
      // A symbol in the place of the expected number.
      if (followed) marks.push({ at: f.at, body: f.body, n: expected!, close: f.close });
      return;
    }
    if (expected === null ? f.n <= 1 || f.at === 0 : f.n === expected) marks.push({ at: f.at, body: f.body, n: f.n, close: f.close });
    // "1) … 2) … 2) …": the previous number again, marked alike, where the next one belongs.
    else if (ocr && followed && f.n === last!.n && f.close === last!.close) marks.push({ at: f.at, body: f.body, n: expected!, close: f.close });
    // "2. … 2. …": the first marker, at the start, misread.
    else if (ocr && marks.length === 1 && marks[0]!.at === 0 && marks[0]!.n !== 1 && f.n === 2) {
      marks[0]!.n = 1;
      marks.push({ at: f.at, body: f.body, n: f.n });
    }
  });
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
