import type { IndicatorQuestions, Provenance, QuestionSet } from './framework.schema.js';
import type { Tool } from '../report.schema.js';
import { deepFreeze } from './deep-freeze.js';

const SEEDS_2568: Provenance = {
  verified: true,
  source: 'DOMAIN.md §1.1–1.2: S000 L78–140 and S001 L59–122, where the question texts match the indicators',
};
const OIT_2563_2565: Provenance = {
  verified: true,
  source:
    'DOMAIN.md §1.2: a public GitHub file; saraburi.m-society.go.th ("ตัวชี้วัดที่ 9 … 5 ตัวชี้วัดย่อย (33 ข้อมูล)"); ' +
    'huafai.loei1.go.th (ITA 2565 o29)',
};
const IIT_EIT_2563_2565: Provenance = {
  verified: false,
  source: 'DOMAIN.md §1.2: IIT i1–i30 (6 per indicator) and EIT e1–e15 are unverified; 5 EIT questions per indicator is inferred from 15/3',
};

function even(tool: Tool, firstIndicator: number, count: number, perIndicator: number, provenance: Provenance): IndicatorQuestions[] {
  return Array.from({ length: count }, (_, k) => ({
    indicatorNo: firstIndicator + k,
    tool,
    codes: { from: k * perIndicator + 1, to: (k + 1) * perIndicator },
    subIndicators: [],
    provenance,
  }));
}

const Y2568: QuestionSet = {
  fromYear: 2568,
  toYear: 2568,
  known: true,
  tools: {
    iit: { codes: { from: 1, to: 15 }, provenance: SEEDS_2568 },
    eit: { codes: { from: 1, to: 9 }, provenance: SEEDS_2568 },
    oit: { codes: { from: 1, to: 28 }, provenance: SEEDS_2568 },
  },
  indicators: [
    ...even('iit', 1, 5, 3, SEEDS_2568),
    ...even('eit', 6, 3, 3, SEEDS_2568),
    { indicatorNo: 9, tool: 'oit', codes: { from: 1, to: 20 }, subIndicators: [], provenance: SEEDS_2568 },
    { indicatorNo: 10, tool: 'oit', codes: { from: 21, to: 28 }, subIndicators: [], provenance: SEEDS_2568 },
  ],
  eitParts: {
    parts: 2,
    rule: 'mean-of-part-means',
    provenance: {
      verified: false,
      source:
        'DOMAIN.md §1.2, §1.4: S000 L95–108 prints two columns (ส่วนที่ ๑, ๒) per EIT question; indicator = ' +
        '(mean part 1 + mean part 2)/2 reproduces 97, 95, 95.17 (rule inferred; what the parts mean is unverified)',
    },
  },
  provenance: SEEDS_2568,
};

const Y2566_2567: QuestionSet = {
  fromYear: 2566,
  toYear: 2567,
  known: false,
  tools: {
    iit: { codes: null, provenance: { verified: false, source: 'DOMAIN.md §1.2: question counts for 2566–2567 unverified' } },
    eit: { codes: null, provenance: { verified: false, source: 'DOMAIN.md §1.2: question counts for 2566–2567 unverified' } },
    oit: { codes: null, provenance: { verified: false, source: 'DOMAIN.md §1.2: question counts for 2566–2567 unverified' } },
  },
  indicators: [],
  eitParts: null,
  provenance: {
    verified: false,
    source: 'DOMAIN.md §1.2: no seed contains scores for 2566–2567 and no source for their question numbering was found',
  },
};

const Y2563_2565: QuestionSet = {
  fromYear: 2563,
  toYear: 2565,
  known: true,
  tools: {
    iit: { codes: { from: 1, to: 30 }, provenance: IIT_EIT_2563_2565 },
    eit: { codes: { from: 1, to: 15 }, provenance: IIT_EIT_2563_2565 },
    oit: { codes: { from: 1, to: 43 }, provenance: OIT_2563_2565 },
  },
  indicators: [
    ...even('iit', 1, 5, 6, IIT_EIT_2563_2565),
    ...even('eit', 6, 3, 5, IIT_EIT_2563_2565),
    {
      indicatorNo: 9,
      tool: 'oit',
      codes: { from: 1, to: 33 },
      subIndicators: [
        { id: '9.1', codes: { from: 1, to: 9 }, provenance: OIT_2563_2565 },
        { id: '9.2', codes: { from: 10, to: 17 }, provenance: OIT_2563_2565 },
        { id: '9.3', codes: { from: 18, to: 24 }, provenance: OIT_2563_2565 },
        { id: '9.4', codes: { from: 25, to: 28 }, provenance: OIT_2563_2565 },
        { id: '9.5', codes: { from: 29, to: 33 }, provenance: OIT_2563_2565 },
      ],
      provenance: OIT_2563_2565,
    },
    {
      indicatorNo: 10,
      tool: 'oit',
      codes: { from: 34, to: 43 },
      subIndicators: [
        { id: '10.1', codes: { from: 34, to: 41 }, provenance: OIT_2563_2565 },
        { id: '10.2', codes: { from: 42, to: 43 }, provenance: OIT_2563_2565 },
      ],
      provenance: OIT_2563_2565,
    },
  ],
  eitParts: null,
  provenance: OIT_2563_2565,
};

/** Question numbering per ITA year range, newest first. */
export const QUESTION_SETS: readonly QuestionSet[] = deepFreeze([Y2568, Y2566_2567, Y2563_2565]);
