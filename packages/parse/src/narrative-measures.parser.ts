import type { Measure } from '@lao/schemas';
import { joinWrappedLines } from '@lao/thai-text';
import { type Doc, type DocLine, proseLines } from './document.model.js';
import type { ValueProvenance } from './parse-result.schema.js';
import { fiscalYearIn } from './measure-text.js';
import { statedProgress, statusWithProgress } from './measure-progress.js';
import { statusOf } from './measures.parser.js';
import { parsePeriod } from './period.parser.js';

// A section per theme: "ประเด็นที่ 1 กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ" (OCR may drop the
// tone mark of ที่).
// Announcements of measures write "มาตรการที่ 1 ส่งเสริมการเปิดเผยข้อมูล" the same way.
const THEME = /^(?:ประเด็นที่?|มาตรการที่)\s?(\d{1,2})\s*[.:]?\s+(\S.*)$/;
// A block named by a label with its content after a colon: "ผู้รับผิดชอบ : สำนักปลัด",
// "ระยะเวลาดำเนินการ: ตุลาคม 2568 - กันยายน 2569", "ขั้นตอน/วิธีการดำเนินการ :".
const LABELLED = /^-?\s?(?:\(?\d[.)]\s*)?((?:การกำหนด)?(?:วิธีการ|วิธีดำเนิน|ขั้นตอน|ผู้รับผิดชอบ|หน่วยงาน(?:ที่)?รับผิดชอบ|ระยะเวลา|ผลการดำเนิน|ผลผลิต|ผลลัพธ์|สถานะ)[^:：]{0,30})\s*[:：]\s*(.*)$/;
// Its numbered blocks: "2) การกำหนดผู้รับผิดชอบ…", "3) การกำหนดขั้นตอนหรือวิธีการปฏิบัติ", "4. ระยะเวลา".
const BLOCK = /^-?\s?\(?(\d)[.)](?!\d)\s*(.*)$/;
// A short heading line whose number OCR misread ("&) ระยะเวลา" for ๔)): the words still name the block.
const OCR_BLOCK = /^-?\s?([^\s.()]{1,2})\)\s*(.*)$/;
const OCR_BLOCK_MAX = 60;
// Items inside a block: "3.1)", "๓.๒)", OCR forms of them ("ono)", "3.@)", "an. ),"), "1.", "(2)", bullets.
const SUB_ITEM = /^(?:-?\s?\d{1,2}\.\d{1,2}\)?|[^\s()]{1,3}\s?\.?\s?[^\s()]{0,2}\s?\)[,.]?|\(?\d{1,2}[.)](?!\d)|[-•▪●])\s*/;
// OCR specks (stray letters or digits from a stamp or a signature): no Thai word character.
const SPECK = /^[^\u0E01-\u0E4E]{0,5}$/;

type BlockKind = 'method' | 'responsible' | 'steps' | 'period' | 'output' | 'outcome' | 'result';

function blockKind(title: string): BlockKind | null {
  if (/ผลผลิต/.test(title)) return 'output';
  if (/ผลลัพธ์/.test(title)) return 'outcome';
  if (/ผลการดำเนิน|สถานะ/.test(title)) return 'result';
  if (/รับผิดชอบ|ผู้ที่เกี่ยวข้อง/.test(title)) return 'responsible';
  if (/ขั้นตอน|วิธีการปฏิบัติ|วิธี(?:การ)?ดำเนิน/.test(title)) return 'steps';
  if (/ระยะเวลา/.test(title)) return 'period';
  if (/วิธีการ/.test(title)) return 'method';
  return null;
}

export type NarrativeResult = { measures: Measure[]; lines: DocLine[][] };

/**
 * Analysis reports that write their measures as prose, one section per theme (ประเด็น), each with
 * blocks ๑) วิธีการ ๒) ผู้รับผิดชอบ ๓) ขั้นตอน ๔) ระยะเวลา: one measure per theme, title = the theme,
 * steps = the items of the ขั้นตอน block, responsible and period from their blocks.
 */
export function parseNarrativeMeasures(doc: Doc): { measures: Measure[]; provenance: ValueProvenance[] } {
  const prose = proseLines(doc);
  // Quarters printed alone fall in the fiscal year the cover names.
  const fiscalYear = fiscalYearIn(doc.lines.filter((l) => l.page === (doc.lines[0]?.page ?? 1)).map((l) => l.text));
  const measures: Measure[] = [];
  const sources: DocLine[][] = [];
  let current: { m: Measure; lines: DocLine[]; block: BlockKind | null; found: boolean } | null = null;
  const close = () => {
    if (current && current.found) {
      measures.push(current.m);
      sources.push(current.lines);
    }
  };
  const skip = new Set<string>();
  for (const line of prose) {
    if (skip.has(line.id)) continue;
    // Page furniture ("- 18 -") is not part of any block.
    if (/^-?\s?\d{1,3}\s?-?$/.test(line.text)) continue;
    const theme = THEME.exec(line.text);
    if (theme) {
      close();
      // A heading wrapped onto a short next line ("…โปร่งใสและมี" / "ประสิทธิภาพ") before its table.
      const next = doc.lines[line.index + 1];
      const wrapped =
        next && next.page === line.page && !doc.inTable.has(next.id) && next.text.length <= 40 && !BLOCK.test(next.text) && !THEME.test(next.text);
      if (wrapped) {
        theme[2] = joinWrappedLines([theme[2]!, next.text]);
        skip.add(next.id);
      }
      current = {
        m: {
          no: theme[1]!,
          indicatorNo: null,
          title: theme[2]!.trim(),
          steps: [],
          responsible: null,
          period: null,
          status: null,
          progressPercent: null,
          output: null,
          outcome: null,
          result: null,
          page: line.page,
        },
        lines: [line],
        block: null,
        found: false,
      };
      continue;
    }
    if (!current) continue;
    const labelled = LABELLED.exec(line.text);
    const block = labelled ?? BLOCK.exec(line.text) ?? (line.text.length <= OCR_BLOCK_MAX ? OCR_BLOCK.exec(line.text) : null);
    const kind = block ? blockKind(labelled ? labelled[1]! : block[2]!) : null;
    let text = line.text;
    if (block && kind) {
      current.block = kind;
      current.lines.push(line);
      // A labelled block may start its content on the label's line.
      if (!labelled || labelled[2]!.trim() === '') continue;
      text = labelled[2]!.trim();
    }
    if (SPECK.test(text)) continue;
    const m = current.m;
    switch (current.block) {
      case 'responsible':
        m.responsible = m.responsible ? `${m.responsible} ${text}` : text;
        current.found = true;
        if (current.lines[current.lines.length - 1] !== line) current.lines.push(line);
        break;
      case 'steps':
        if (SUB_ITEM.test(text) || m.steps.length === 0) m.steps.push(text.replace(SUB_ITEM, '').trim());
        else m.steps[m.steps.length - 1] += ` ${text}`;
        current.found = true;
        if (current.lines[current.lines.length - 1] !== line) current.lines.push(line);
        break;
      case 'period':
        if (!m.period) {
          m.period = parsePeriod(text, { fiscalYear });
          current.found = true;
          if (current.lines[current.lines.length - 1] !== line) current.lines.push(line);
        }
        // The period is one line: what follows closes the section's blocks.
        current.block = null;
        break;
      case 'output':
      case 'outcome':
      case 'result': {
        // A progress report in prose: "ผลการดำเนินการ : …", "ผลผลิต : …", "สถานะ : ดำเนินการแล้ว".
        const k = current.block;
        m[k] = m[k] ? `${m[k]} ${text}` : text;
        const said = [m.result, m.output, m.outcome].filter((x) => x !== null).join('\n');
        m.status = statusOf(said);
        // The measure's own progress, not a share of people or a target the output/outcome states
        // ("ผลลัพธ์ : ผู้เข้าร่วมร้อยละ 80 มีความรู้เพิ่มขึ้น"): measure-progress.ts.
        m.progressPercent = statedProgress(said);
        m.status = statusWithProgress(m.status, m.progressPercent);
        current.found = true;
        if (current.lines[current.lines.length - 1] !== line) current.lines.push(line);
        break;
      }
      default:
        break;
    }
  }
  close();
  const provenance = sources.map((ls, i) => ({
    path: `measures[${i}]`,
    page: ls[0]!.page,
    lineIds: ls.map((l) => l.id),
    boxes: ls.map((l) => l.box),
    confidence: null,
  }));
  return { measures, provenance };
}
