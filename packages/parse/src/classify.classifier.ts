import type { DocType } from '@lao/schemas';
import { type Doc, proseLines } from './document.model.js';

/** What the parsers found, as table signatures for the classifier. */
export type Signatures = {
  indicators: number;
  questions: number;
  measures: number;
  /** Measures that carry a result (output, outcome, result, status). */
  measuresWithResult: number;
  planProjects: number;
  planTotals: number;
};

// Titles (and the heads of sections) that name the document type.
const TITLE: Array<[Exclude<DocType, 'unknown'>, RegExp]> = [
  ['anticorruption_plan', /แผนปฏิบัติการ(?:ด้าน)?(?:การ)?ป้องกัน(?:และปราบปราม)?(?:การ)?ทุจริต/],
  [
    'measures_progress',
    /(?:รายงาน)?(?:การ)?(?:กำกับ)?(?:ติดตาม)?ผล(?:การดำเนินการ|การดำเนินงาน|การปฏิบัติ(?:งาน)?)ตามมาตรการ|รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม|รายงานการ(?:กำกับ)?ติดตาม(?:และประเมินผล)?(?:การดำเนินการ|การดำเนินงาน)?ตามมาตรการ/,
  ],
  ['ita_analysis', /(?:รายงาน)?(?:การ|แสดงการ)?วิเคราะห์ผลการประเมิน(?:คุณธรรม|ITA|ระดับคุณธรรม)|การนำผล(?:การ)?ประเมินคุณธรรม/],
  ['integrity_measures', /มาตรการส่งเสริมคุณธรรมและความโปร่งใส(?:ภายใน)?(?:หน่วยงาน|ในหน่วยงาน)?/],
];

const TITLE_LINES = 12;
// A memo or letter opens with these: it may name a plan or a report in its subject without being one.
const LETTER = /^(?:บันทึกข้อความ|ส่วนราชการ|เรียน\s|เรื่อง\s|ที่\s\S+\s?\/|คำสั่ง|หนังสือ)/;

/**
 * The type from the title block (the first prose lines of page 1, wrap-joined) and from what the
 * tables hold: scores → analysis, result columns → progress, per-year project tables → plan, measures
 * alone → integrity measures. Nothing convincing → unknown (a letter or notice is not forced into a type).
 */
export function classify(doc: Doc, sig: Signatures): DocType {
  const firstPage = doc.lines.length > 0 ? doc.lines[0]!.page : 1;
  const head = proseLines(doc)
    .filter((l) => l.page <= firstPage + 1)
    .slice(0, TITLE_LINES);
  const title = head.map((l) => l.text).join('');
  const isLetter = head.slice(0, 4).some((l) => LETTER.test(l.text));
  const score: Record<Exclude<DocType, 'unknown'>, number> = {
    ita_analysis: 0,
    integrity_measures: 0,
    measures_progress: 0,
    anticorruption_plan: 0,
  };
  // The title is what comes first: a type named later in the title block is a subtitle or a preface
  // citing another document ("…ได้วิเคราะห์ผลการประเมินคุณธรรม… แล้ว" under a measures title).
  const squashed = title.replace(/\s/g, '');
  const found = TITLE.map(([type, re]) => [type, re.exec(squashed)?.index ?? -1] as const).filter(([, at]) => at >= 0);
  const first = Math.min(...found.map(([, at]) => at));
  for (const [type, at] of found) score[type] += isLetter ? 1 : at === first ? 3 : 1;
  // "มาตรการส่งเสริมคุณธรรม…" also heads analysis and progress reports ("รายงานผลการดำเนินการตาม
  // มาตรการส่งเสริมคุณธรรม…"); after another type's title it says little.
  const integrityAt = found.find(([type]) => type === 'integrity_measures')?.[1];
  if (integrityAt !== undefined && integrityAt !== first) score.integrity_measures -= 2;
  if (sig.questions >= 5 || sig.indicators >= 5) score.ita_analysis += 4;
  if (sig.measuresWithResult >= 1) score.measures_progress += 2;
  if (sig.planProjects >= 5 || sig.planTotals >= 1) score.anticorruption_plan += 4;
  if (sig.measures >= 1 && sig.questions === 0 && sig.indicators === 0 && sig.measuresWithResult === 0) score.integrity_measures += 1;
  let best: DocType = 'unknown';
  let bestScore = 2;
  for (const [type, s] of Object.entries(score) as Array<[Exclude<DocType, 'unknown'>, number]>) {
    if (s > bestScore) [best, bestScore] = [type, s];
  }
  return best;
}
