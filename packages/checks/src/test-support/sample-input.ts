import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Flag, PageText, Report, Table } from '@lao/schemas';
import { normalizeText } from '@lao/thai-text';
import { parseReport, type FullParseResult } from '@lao/parse';
import type { CheckInputRaw } from '../check-input.schema.js';

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'samples');
// The seed texts, as the parse package keeps them for its tests (copies of shared/seeds).
const SEEDS = join(SAMPLES, '..', 'packages', 'parse', 'test-fixtures', 'seeds');

/** Test-only: the golden samples that have both an expected record and their laid-out page texts. */
export function sampleNames(): string[] {
  const files = new Set(readdirSync(SAMPLES));
  return [...files]
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .filter((n) => files.has(`${n}.pages.json`))
    .sort();
}

type PagesJson = { seed: string; pages: Array<{ page: number; text?: string; seedLines: [number, number] | null }> };

const BOX = { x: 0, y: 0, w: 500, h: 12 };

/** Seed markup as the sample PDFs print it: a paragraph or list item is a line of its own. */
function stripMarkup(s: string): string[] {
  return s
    .replace(/<input[^>]*checked[^>]*>/gi, '☑')
    .replace(/<input[^>]*>/gi, '')
    .replace(/<\/(p|li|div)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*|#####/g, '')
    .split('\n')
    .map((x) => x.replace(/\s+/g, ' ').trim())
    .filter((x) => x !== '');
}

/**
 * Each sample page as an extractor would report it, built from the seed lines the sample builder
 * put on that page (`<name>.pages.json`): prose lines, and tab-separated rows as ruled tables
 * whose cells reference their lines. A seed line laid out over two pages is split by paragraph:
 * each paragraph goes to the page whose laid-out text holds it (a table row continues on the
 * next page, as printed). (Mirrors @lao/parse's test-only seedToPages, which is not exported.)
 */
export function samplePages(name: string, mapLine: (raw: string, page: number) => string = (raw) => raw): PageText[] {
  const pj = JSON.parse(readFileSync(join(SAMPLES, `${name}.pages.json`), 'utf8')) as PagesJson;
  const seed = readFileSync(join(SEEDS, pj.seed), 'utf8').split('\n');
  const squash = (t: string): string => normalizeText(t).replace(/\s+/gu, '');
  const laidOut = pj.pages.map((p) => squash(p.text ?? ''));
  const candidates = new Map<number, number[]>();
  pj.pages.forEach((p, i) => {
    const [from, to] = p.seedLines ?? [1, 0];
    for (let n = from; n <= to; n++) candidates.set(n, [...(candidates.get(n) ?? []), i]);
  });
  const pageOf = (n: number, part: string): number => {
    const cs = candidates.get(n) ?? [];
    if (cs.length <= 1) return cs[0] ?? -1;
    const key = squash(part).slice(0, 40);
    return cs.find((i) => laidOut[i]?.includes(key)) ?? (cs[0] as number);
  };
  return pj.pages.map((p, i) => {
    const page: PageText = { page: p.page, width: 595, height: 842, method: 'text', confidence: null, lines: [], tables: [], lostChars: 0, notes: [] };
    const addLine = (raw: string): string => {
      const id = `p${p.page}-l${page.lines.length}`;
      page.lines.push({ id, raw, text: normalizeText(raw), box: BOX, confidence: null });
      return id;
    };
    let table: Table | null = null;
    const [from, to] = p.seedLines ?? [1, 0];
    for (let n = from; n <= to; n++) {
      const raw = mapLine(seed[n - 1] ?? '', p.page);
      if (!raw.includes('\t')) {
        table = null;
        for (const l of stripMarkup(raw)) if (pageOf(n, l) === i) addLine(l);
        continue;
      }
      const cellParts = raw.split('\t').map((c) => stripMarkup(c).filter((part) => pageOf(n, part) === i));
      if (cellParts.every((c) => c.length === 0)) continue;
      if (!table) {
        table = { id: `p${p.page}-t${page.tables.length}`, box: BOX, source: 'ruled', rows: [] };
        page.tables.push(table);
      }
      const cells = cellParts.map((parts) => {
        const lineIds = parts.map(addLine);
        return { raw: parts.join('\n'), text: normalizeText(parts.join(' ')), box: BOX, lineIds, confidence: null };
      });
      table.rows.push({ cells, box: BOX });
    }
    return page;
  });
}

/**
 * The golden record (flags removed) as the Report, with what @lao/parse sees on the sample's own
 * pages (mentions, score conflicts) as the evidence the checks read.
 */
export function sampleInput(
  name: string,
  mapLine?: (raw: string, page: number) => string,
): { input: CheckInputRaw; expected: Flag[]; report: Report; parsed: FullParseResult; pages: PageText[] } {
  const expected = JSON.parse(readFileSync(join(SAMPLES, `${name}.expected.json`), 'utf8')) as { flags: Flag[] } & Record<string, unknown>;
  const pages = samplePages(name, mapLine);
  const parsed = parseReport(pages, { fileName: `${name}.pdf`, sha256: 'a'.repeat(64), pageCount: pages.length });
  return {
    input: { report: { ...expected, flags: [] } as unknown as CheckInputRaw['report'], mentions: parsed.mentions, conflicts: parsed.conflicts, pages },
    expected: expected.flags,
    report: { ...expected, flags: [] } as unknown as Report,
    parsed,
    pages,
  };
}

/** The golden record of a sample, flags removed (no parsing: for rules that read the Report only). */
export function goldenReport(name: string): Report {
  const expected = JSON.parse(readFileSync(join(SAMPLES, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
  return { ...expected, flags: [] } as unknown as Report;
}
