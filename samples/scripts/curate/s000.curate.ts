import { LaoError } from '@lao/schemas';
import type { GoldenFlag, GoldenReport } from '../lib/golden.schema.js';
import { indicatorOfQuestion, isOfficialName, mean, officialName, round2 } from '../lib/ita-framework.js';
import { leadingNumber, splitNumberedItems } from '../lib/numbered-items.split.js';
import type { SeedText } from '../lib/seed.reader.js';
import { parsePeriod } from '../lib/thai-date.parse.js';
import { normaliseName, normaliseText, parseNumber, thaiDigitsToAscii } from '../lib/thai-text.normalise.js';

/**
 * Seed 000: อบต.ขอนแก่น, ITA analysis FY2568 with the FY2569 measures (Part 2). Every value below is read off
 * the seed lines cited; the tables are walked row by row because they are regular.
 */
export function curateS000(seed: SeedText): GoldenReport {
  const indicators = [];
  for (let n = 64; n <= 73; n++) {
    const [no, name, score] = seed.cells(n);
    const i = Number(no);
    indicators.push({
      no: i,
      name: normaliseName(name ?? ''),
      officialName: officialName(i),
      score: parseNumber(score ?? ''),
      at: seed.at(n, `${name} ${score}`),
    });
  }

  // Detail tables (L78–140): the tool column is filled on the first row of each indicator only.
  const questions = [];
  let tool: 'iit' | 'eit' | 'oit' | null = null;
  for (let n = 78; n <= 140; n++) {
    const c = seed.cells(n);
    if (/^(IIT|EIT|OIT)$/.test(c[2]?.trim() ?? '')) tool = (c[2] ?? '').trim().toLowerCase() as 'iit' | 'eit' | 'oit';
    if (c.length < 5 || !/^ข้อ\s/.test(c[3] ?? '')) continue;
    const printed = c[3] ?? '';
    // "1๑๐" is i10 and "E๑" e1: the printed prefix is the tool letter as OCR read it (DOMAIN.md §6).
    const bare = thaiDigitsToAscii(printed.replace(/^ข้อ\s*/, '')).trim();
    const digits = tool === 'iit' ? bare.replace(/^[1iIl]/, '') : tool === 'eit' ? bare.replace(/^[eE]/, '') : bare;
    const code = `${tool?.[0]}${Number(digits)}`;
    if (!tool || Number.isNaN(Number(digits))) throw new LaoError('INVALID_INPUT', `S000 L${n}: bad code ${printed}`);
    if (tool === 'eit') {
      const parts = [parseNumber(c[4] ?? ''), parseNumber(c[5] ?? '')].filter((x): x is number => x !== null);
      questions.push({ tool, code, text: null, score: round2(mean(parts)), parts, at: seed.at(n, printed) });
    } else {
      questions.push({ tool, code, text: null, score: parseNumber(c[4] ?? ''), parts: null, at: seed.at(n, printed) });
    }
  }

  const measures = [];
  let indicatorNo: number | null = null;
  for (let n = 145; n <= 190; n++) {
    const c = seed.cells(n);
    if (c.length < 5 || normaliseText(c[0] ?? '') === 'ตัวชี้วัด') continue;
    const label = normaliseText(c[0] ?? '');
    if (label) indicatorNo = Number(leadingNumber(label).no);
    const { no, text: title } = leadingNumber(c[1] ?? '');
    measures.push({
      no,
      indicatorNo,
      title,
      steps: splitNumberedItems(c[2] ?? ''),
      responsible: normaliseName(c[4] ?? ''),
      period: parsePeriod(c[3] ?? ''),
      status: null,
      progressPercent: null,
      output: null,
      outcome: null,
      result: null,
      at: seed.at(n, title.slice(0, 40)),
    });
  }

  const flags: GoldenFlag[] = [
    {
      code: 'DISTRICT_MISMATCH',
      severity: 'error',
      message:
        'เอกสารระบุอำเภอขององค์การบริหารส่วนตำบลขอนแก่นไม่ตรงกัน: "อำเภอภูผาจำบัง จังหวัดอุดรธานี" (ปก) และ "อำเภอภูค้อ จังหวัดอุดรธานี" ทั้งสองอำเภอไม่มีในทะเบียนพื้นที่ และตำบลขอนแก่นแห่งเดียวที่มีอยู่ในอำเภอเมืองร้อยเอ็ด จังหวัดร้อยเอ็ด',
      messageEn:
        'The document gives two districts for SAO Khon Kaen: "Amphoe Phu Pha Chamban, Udon Thani" (cover) and "Amphoe Phu Kho, Udon Thani". Neither district exists in the gazetteer; the only Tambon Khon Kaen is in Amphoe Mueang Roi Et, Roi Et.',
      evidence: [
        seed.evidence(11, 'อำเภอภูผาจำบัง จังหวัดอุดรธานี'),
        seed.evidence(15, 'อำเภอภูผาจำบัง จังหวัดอุดรธานี'),
        seed.evidence(18, 'องค์การบริหารส่วนตำบลขอนแก่น อำเภอภูค้อ จังหวัดอุดรธานี'),
      ],
    },
    {
      code: 'ORG_NAME_VARIANT',
      severity: 'info',
      message: 'ชื่อหน่วยงานสะกดต่างกันในเอกสาร: "องค์กรบริหารส่วนตำบลขอนแก่น" (ใช้ "องค์กร" แทน "องค์การ") เป็นหน่วยงานเดียวกับองค์การบริหารส่วนตำบลขอนแก่น',
      messageEn:
        'The organisation\'s name is spelt differently in the document: "องค์กรบริหารส่วนตำบลขอนแก่น" ("องค์กร" for "องค์การ") is the same SAO Khon Kaen.',
      evidence: [
        // One evidence per variant (DECISIONS.md): its first occurrence; L133 repeats the same spelling.
        seed.evidence(111, 'องค์กรบริหารส่วนตำบลขอนแก่นได้คะแนนผลการประเมินตามแบบวัดการเปิดเผยข้อมูลสาธารณะ'),
      ],
      requires: [],
    },
  ];

  // One INDICATOR_SCORE_MISMATCH per indicator whose printed score is not the mean of its questions.
  for (const ind of indicators) {
    const qs = questions.filter((q) => indicatorOfQuestion(q.code) === ind.no);
    const computed = round2(mean(qs.map((q) => q.score ?? 0)));
    if (ind.score !== null && Math.abs(computed - ind.score) > 0.01) {
      const first = qs[0];
      const last = qs[qs.length - 1];
      if (!first || !last) continue;
      flags.push({
        code: 'INDICATOR_SCORE_MISMATCH',
        severity: 'error',
        message: `คะแนนตัวชี้วัดที่ ${ind.no} ${ind.officialName} ที่รายงาน ${ind.score.toFixed(2)} ไม่เท่ากับค่าเฉลี่ยของคะแนนรายข้อ ${first.code}–${last.code} ซึ่งได้ ${computed.toFixed(2)}`,
        messageEn: `Indicator ${ind.no} (${ind.officialName}) is reported as ${ind.score.toFixed(2)}, but the mean of its question scores ${first.code}–${last.code} is ${computed.toFixed(2)}.`,
        evidence: [
          seed.evidence(ind.at.line, seed.line(ind.at.line).replace(/\t/g, ' ')),
          seed.evidence(first.at.line, questionRow(seed, first.at.line)),
          seed.evidence(last.at.line, questionRow(seed, last.at.line)),
        ],
        requires: [ind.at.line, ...qs.map((q) => q.at.line)],
      });
    }
  }

  for (const ind of indicators) {
    if (isOfficialName(ind.no, ind.name)) continue;
    flags.push({
      code: 'INDICATOR_NAME_MISMATCH',
      severity: 'warning',
      message: `ตารางสรุปผลรายตัวชี้วัดใช้ชื่อตัวชี้วัดที่ ${ind.no} ว่า "${ind.name}" แต่ชื่อตามกรอบการประเมินคือ "${ind.officialName}"`,
      messageEn: `The indicator summary table names indicator ${ind.no} "${ind.name}"; the framework's name is "${ind.officialName}".`,
      evidence: [seed.evidence(ind.at.line, seed.line(ind.at.line).replace(/\t/g, ' '))],
    });
  }

  return {
    sample: 's000-ita-analysis',
    seed: seed.name,
    docType: 'ita_analysis',
    fiscalYear: 2568,
    org: {
      name: 'องค์การบริหารส่วนตำบลขอนแก่น',
      kind: 'sao',
      district: 'ภูผาจำบัง',
      province: 'อุดรธานี',
      variants: ['องค์กรบริหารส่วนตำบลขอนแก่น'],
    },
    orgSources: { district: [11, 15, 18], province: [11, 15, 18] },
    ita: {
      year: 2568,
      totalScore: 86.48,
      level: 'ผ่าน',
      tools: { iit: null, eit: null, oit: null },
      indicators,
      questions,
    },
    measures,
    plan: null,
    flags,
  };
}


/** "ข้อ 01 100": the code and score cells of a detail-table row, as printed. */
function questionRow(seed: SeedText, line: number): string {
  const c = seed.cells(line);
  return `${c[3] ?? ''} ${c[4] ?? ''}`;
}
