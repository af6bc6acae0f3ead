import { LaoError } from '@lao/schemas';
import type { GoldenFlag, GoldenReport } from '../lib/golden.schema.js';
import { indicatorOfQuestion, isOfficialName, mean, officialName, round2 } from '../lib/ita-framework.js';
import { leadingNumber } from '../lib/numbered-items.split.js';
import type { SeedText } from '../lib/seed.reader.js';
import { parsePeriod } from '../lib/thai-date.parse.js';
import { normaliseName, normaliseText, parseNumber, thaiDigitsToAscii } from '../lib/thai-text.normalise.js';

type Tool = 'iit' | 'eit' | 'oit';
type Question = NonNullable<GoldenReport['ita']>['questions'][number];

/** The three main question tables (L59–122), read in printed order; codes are repaired by their position. */
const MAIN_TABLES: ReadonlyArray<{ tool: Tool; from: number; to: number }> = [
  { tool: 'iit', from: 59, to: 73 },
  { tool: 'eit', from: 80, to: 88 },
  { tool: 'oit', from: 95, to: 122 },
];

/** Headings of the seven ประเด็น; each is followed by its question table and its narrative blocks ๑)–๔). */
const ISSUE_HEADINGS = [138, 194, 241, 283, 328, 383, 448] as const;
const ISSUES_END = 491;

/**
 * Seed 001: ทต.มะรือโบตก, อ.ระแงะ, ITA analysis FY2568 with seven ประเด็น (issues), each with its own question
 * table and a plan (วิธีการ / ผู้รับผิดชอบ / ขั้นตอน / ระยะเวลา).
 */
export function curateS001(seed: SeedText): GoldenReport {
  const indicators = [];
  for (let n = 39; n <= 48; n++) {
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

  const questions: Question[] = [];
  for (const t of MAIN_TABLES) {
    for (let n = t.from, k = 1; n <= t.to; n++, k++) {
      const [printed, text, score] = seed.cells(n);
      const bare = thaiDigitsToAscii(printed ?? '').replace(/^[1iIl0oOEe]/, '');
      // "1๒๐".."1๒๕" stand for i10..i15 (DOMAIN.md §5 S001 item 8): the position in the table decides.
      if (Number(bare) !== k && !(t.tool === 'iit' && Number(bare) === k + 10)) {
        throw new LaoError('INVALID_INPUT', `S001 L${n}: code ${printed} out of sequence`);
      }
      questions.push({
        tool: t.tool,
        code: `${t.tool[0]}${k}`,
        text: normaliseText(text ?? ''),
        score: parseNumber(score ?? ''),
        parts: null,
        at: seed.at(n, `${printed} ${(text ?? '').slice(0, 30)}`),
      });
    }
  }

  // The ประเด็น tables repeat questions, sometimes with other scores (DOMAIN.md §5 S001 item 7).
  const repeats: Array<{ code: string; score: number; line: number; printed: string }> = [];
  for (let h = 0; h < ISSUE_HEADINGS.length; h++) {
    let tool: Tool | null = null;
    const end = ISSUE_HEADINGS[h + 1] ?? ISSUES_END;
    for (let n = ISSUE_HEADINGS[h] ?? 0; n < end; n++) {
      const c = seed.cells(n);
      if (/^(IIT|EIT|OIT)$/.test(c[2]?.trim() ?? '')) tool = (c[2] ?? '').trim().toLowerCase() as Tool;
      if (c.length < 5 || !/^ข้อ\s/.test(c[3] ?? '') || !tool) continue;
      const bare = thaiDigitsToAscii((c[3] ?? '').replace(/^ข้อ\s*/, '')).replace(/^[iIeEoO0]/, '');
      const score = parseNumber(c[4] ?? '');
      if (score === null) continue;
      repeats.push({ code: `${tool[0]}${Number(bare)}`, score, line: n, printed: `${c[3]} ${c[4]}` });
    }
  }

  const measures = ISSUE_HEADINGS.map((h, i) => curateIssue(seed, h, ISSUE_HEADINGS[i + 1] ?? ISSUES_END));

  const flags: GoldenFlag[] = [
    {
      code: 'PROVINCE_MISMATCH',
      severity: 'error',
      message:
        'เอกสารระบุจังหวัดของเทศบาลตำบลมะรือโบตกไม่ตรงกัน: ปกระบุ "จังหวัด นครพนม" แต่หน้ารายงานระบุ "จังหวัด นราธิวาส" ตามทะเบียนพื้นที่ ตำบลมะรือโบตกอยู่ในอำเภอระแงะ จังหวัดนราธิวาส',
      messageEn:
        'The document gives two provinces for Marue Botok SM: the cover says "Nakhon Phanom", the report page says "Narathiwat". In the gazetteer, Tambon Marue Botok is in Amphoe Ra-ngae, Narathiwat.',
      evidence: [seed.evidence(9, 'อำเภอระแงะ จังหวัด นครพนม'), seed.evidence(19, 'อำเภอระแงะ จังหวัด นราธิวาส')],
    },
    {
      code: 'ORG_NAME_VARIANT',
      severity: 'info',
      message:
        'ชื่อเทศบาลตำบลมะรือโบตกสะกดต่างกันในเอกสาร: ระือโบทก, มะรุ้อโบตก, มะรุือโปตก, มะรุือโบटक (มีอักษรเทวนาครีปน), มะริโอบตก, มะริอโบตก ทั้งหมดหมายถึงหน่วยงานเดียวกัน',
      messageEn:
        'The name of Marue Botok SM is spelt several ways (ระือโบทก, มะรุ้อโบตก, มะรุือโปตก, มะรุือโบटक with Devanagari letters, มะริโอบตก, มะริอโบตก); all refer to the same organisation.',
      evidence: [
        seed.evidence(8, 'เทศบาลตำบลระือโบทก'),
        seed.evidence(217, 'เทศบาลตำบลมะรุ้อโบตก'),
        seed.evidence(277, 'เทศบาลตำบลมะรุือโปตก'),
        seed.evidence(349, 'เทศบาลตำบลมะรุือโบटक'),
        seed.evidence(377, 'เทศบาลตำบลมะริโอบตก'),
        seed.evidence(428, 'เทศบาลตำบลมะริอโบตก'),
      ],
      requires: [],
    },
    {
      code: 'ORG_NAME_MISMATCH',
      severity: 'error',
      message:
        'พบชื่อหน่วยงานอื่น "องค์การบริหารส่วนตำบลแม่ตง" ในสรุปมาตรการของประเด็นที่ 5 ซึ่งควรเป็นเทศบาลตำบลมะรือโบตก (น่าจะคัดลอกจากเอกสารของหน่วยงานอื่น)',
      messageEn:
        'Another organisation, "องค์การบริหารส่วนตำบลแม่ตง", is named in the summary of issue 5 where Marue Botok SM is meant (apparently copied from another LAO\'s document).',
      evidence: [seed.evidence(357, 'งบประมาณและการจัดซื้อจัดจ้างขององค์การ บริหารส่วนตำบลแม่ตง ประจำปีงบประมาณ พ.ศ. 2568')],
    },
    {
      code: 'ORG_NAME_MISMATCH',
      severity: 'error',
      message:
        'พบชื่อหน่วยงานอื่น "องค์กรบริหารส่วนตำบลแม่งดง" ในสรุปมาตรการของประเด็นที่ 6 ซึ่งควรเป็นเทศบาลตำบลมะรือโบตก (น่าจะคัดลอกจากเอกสารของหน่วยงานอื่น)',
      messageEn:
        'Another organisation, "องค์กรบริหารส่วนตำบลแม่งดง", is named in the summary of issue 6 where Marue Botok SM is meant (apparently copied from another LAO\'s document).',
      evidence: [seed.evidence(420, 'ขององค์กร บริหารส่วนตำบลแม่งดง ประจำปีงบประมาณ พ.ศ. 2568')],
    },
    {
      code: 'LEVEL_MISMATCH',
      severity: 'warning',
      message:
        'รายงานระบุระดับ "A หรือ ผ่านดี" สำหรับคะแนน 95.21 แต่ตามเกณฑ์แบบตัวอักษร คะแนน 95–100 คือระดับ AA ไม่ใช่ A (ระดับ "ผ่านดี" ตามเกณฑ์ปี 2566 เป็นต้นไปถูกต้อง)',
      messageEn:
        'The report states level "A or ผ่านดี" for 95.21; on the letter scale 95–100 is AA, not A ("ผ่านดี" under the 2566+ scheme is correct).',
      evidence: [seed.evidence(21, 'มี คะแนน 95.21 คะแนน อยู่ในระดับ A หรือ ผ่านดี')],
    },
  ];

  const toolRows: Record<'iit' | 'eit', { line: number; from: number; to: number; printed: number }> = {
    iit: { line: 24, from: 1, to: 5, printed: 96.65 },
    eit: { line: 26, from: 6, to: 8, printed: 100 },
  };
  for (const [tool, r] of Object.entries(toolRows)) {
    const inds = indicators.filter((i) => i.no >= r.from && i.no <= r.to);
    const computed = round2(mean(inds.map((i) => i.score ?? 0)));
    const name = tool.toUpperCase();
    flags.push({
      code: 'TOOL_SCORE_MISMATCH',
      severity: 'error',
      message: `คะแนนรวม ${name} ที่รายงาน ${r.printed.toFixed(2)} ไม่เท่ากับค่าเฉลี่ยของตัวชี้วัดที่ ${r.from}–${r.to} ในตารางสรุปผลรายตัวชี้วัด ซึ่งได้ ${computed.toFixed(2)}`,
      messageEn: `The ${name} total is reported as ${r.printed.toFixed(2)}, but the mean of indicators ${r.from}–${r.to} in the summary table is ${computed.toFixed(2)}.`,
      evidence: [
        seed.evidence(r.line, `(${name}) คะแนนรวม ${r.printed === 100 ? '100.00' : r.printed.toFixed(2)} คะแนน`),
        ...inds.map((i) => seed.evidence(i.at.line, seed.line(i.at.line).replace(/\t/g, ' '))),
      ],
    });
  }

  for (const ind of indicators) {
    const qs = questions.filter((q) => indicatorOfQuestion(q.code) === ind.no);
    const computed = round2(mean(qs.map((q) => q.score ?? 0)));
    const first = qs[0];
    const last = qs[qs.length - 1];
    if (ind.score === null || Math.abs(computed - ind.score) <= 0.01 || !first || !last) continue;
    flags.push({
      code: 'INDICATOR_SCORE_MISMATCH',
      severity: 'error',
      message: `คะแนนตัวชี้วัดที่ ${ind.no} ${ind.officialName} ที่รายงาน ${ind.score.toFixed(2)} ไม่เท่ากับค่าเฉลี่ยของคะแนนรายข้อ ${first.code}–${last.code} ซึ่งได้ ${computed.toFixed(2)}`,
      messageEn: `Indicator ${ind.no} (${ind.officialName}) is reported as ${ind.score.toFixed(2)}, but the mean of its question scores ${first.code}–${last.code} is ${computed.toFixed(2)}.`,
      evidence: [
        seed.evidence(ind.at.line, seed.line(ind.at.line).replace(/\t/g, ' ')),
        seed.evidence(first.at.line, seed.line(first.at.line).replace(/\t/g, ' ')),
        seed.evidence(last.at.line, seed.line(last.at.line).replace(/\t/g, ' ')),
      ],
      requires: [ind.at.line, ...qs.map((q) => q.at.line)],
    });
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

  for (const q of questions) {
    const others = repeats.filter((r) => r.code === q.code && r.score !== q.score);
    if (others.length === 0 || q.score === null) continue;
    const values = [...new Set(others.map((o) => o.score.toFixed(2)))].join(', ');
    flags.push({
      code: 'QUESTION_SCORE_CONFLICT',
      severity: 'warning',
      message: `ข้อ ${q.code} มีคะแนน ${q.score.toFixed(2)} ในตารางข้อคำถามหลัก แต่ตารางรายประเด็นระบุ ${values}`,
      messageEn: `Question ${q.code} scores ${q.score.toFixed(2)} in the main question table but ${values} in the issue tables.`,
      evidence: [
        seed.evidence(q.at.line, seed.line(q.at.line).replace(/\t/g, ' ')),
        ...others.map((o) => seed.evidence(o.line, o.printed)),
      ],
      requires: [q.at.line],
      minEvidence: 2,
    });
  }

  const badPeriod = measures[0]?.period;
  if (!badPeriod) throw new LaoError('INVALID_INPUT', 'S001: issue 1 has no period');
  flags.push({
    code: 'DATE_RANGE_INVALID',
    severity: 'warning',
    message: `ระยะเวลาดำเนินการ "${badPeriod.text}" สิ้นสุดก่อนวันเริ่มต้น (น่าจะหมายถึงปีงบประมาณ 2569: 1 ตุลาคม 2568 - 30 กันยายน 2569)`,
    messageEn: `The period "${badPeriod.text}" ends before it starts (probably meant FY2569: 1 Oct 2568 - 30 Sep 2569).`,
    evidence: measures.map((m) => {
      const line = seed.find(badPeriod.text, m.at.line).find((l) => l > m.at.line);
      if (!line) throw new LaoError('INVALID_INPUT', `S001: no period after L${m.at.line}`);
      return seed.evidence(line, badPeriod.text);
    }),
    requires: [],
  });

  return {
    sample: 's001-ita-analysis',
    seed: seed.name,
    docType: 'ita_analysis',
    fiscalYear: 2568,
    org: {
      name: 'เทศบาลตำบลมะรือโบตก',
      kind: 'subdistrict_municipality',
      district: 'ระแงะ',
      province: 'นราธิวาส',
      variants: [
        'เทศบาลตำบลระือโบทก',
        'เทศบาลตำบลมะรุ้อโบตก',
        'เทศบาลตำบลมะรุือโปตก',
        'เทศบาลตำบลมะรุือโบटक',
        'เทศบาลตำบลมะริโอบตก',
        'เทศบาลตำบลมะริอโบตก',
      ].map((v) => normaliseName(v)),
    },
    orgSources: { district: [9, 19], province: [9, 19] },
    ita: {
      year: 2568,
      totalScore: 95.21,
      level: 'ผ่านดี',
      tools: { iit: 96.65, eit: 100, oit: 91.25 },
      indicators,
      questions,
    },
    measures,
    plan: null,
    flags,
  };
}

/** One ประเด็น as a measure: its heading, ๒) responsible office, ๓) numbered steps, ๔) period. */
function curateIssue(seed: SeedText, heading: number, end: number): GoldenReport['measures'][number] {
  const title = normaliseText(seed.line(heading)).replace(/^ประเด็นที่\s*\d+\s*/, '');
  const no = /ประเด็นที่\s*(\d+)/.exec(normaliseText(seed.line(heading)))?.[1] ?? null;
  const nextText = (from: number): { line: number; text: string } => {
    for (let n = from + 1; n < end; n++) if (seed.line(n).trim()) return { line: n, text: normaliseText(seed.line(n)) };
    throw new LaoError('INVALID_INPUT', `S001: nothing after L${from}`);
  };
  const marker = (re: RegExp): number => {
    for (let n = heading; n < end; n++) if (re.test(normaliseText(seed.line(n)))) return n;
    throw new LaoError('INVALID_INPUT', `S001: no ${re} after L${heading}`);
  };
  const resp = marker(/^2\) การกำหนดผู้รับผิดชอบ/);
  const stepsAt = marker(/^3\) การกำหนดขั้นตอน/);
  const periodAt = marker(/^4\) ระยะเวลา/);
  const steps: string[] = [];
  for (let n = stepsAt + 1; n < periodAt; n++) {
    const t = normaliseText(seed.line(n));
    if (t) steps.push(leadingNumber(t).text);
  }
  return {
    no,
    indicatorNo: null,
    title,
    steps,
    // Office hierarchy keeps its spaces ("งานบริหารทั่วไป สำนักปลัด"); only a wrap after a slash goes.
    responsible: nextText(resp).text.replace(/\/\s+/g, '/'),
    period: parsePeriod(nextText(periodAt).text),
    status: null,
    progressPercent: null,
    output: null,
    outcome: null,
    result: null,
    at: seed.at(heading, title),
  };
}
