/** The sample files, their seeds and fonts. Names are fixed: the golden records and tests refer to them. */
export type BornDigitalSample = {
  name: string;
  seed: string;
  font: string;
  /** Remove the ActualText spans, so every reader sees the private-use glyphs (see README). */
  stripActualText?: boolean;
};

export const SEEDS = {
  s000: '000_6a9dc769a661d8da.txt',
  s001: '001_b7a619786dfc9076.txt',
  s002: '002_608d7d5688246d6f.txt',
  s004: '004_85bef1f827b5141b.txt',
} as const;

export const BORN_DIGITAL: readonly BornDigitalSample[] = [
  { name: 's000-ita-analysis', seed: SEEDS.s000, font: 'Laksaman' },
  { name: 's001-ita-analysis', seed: SEEDS.s001, font: 'Laksaman' },
  { name: 's002-measures-progress', seed: SEEDS.s002, font: 'Garuda' },
  { name: 's004-anticorruption-plan', seed: SEEDS.s004, font: 'Laksaman' },
  { name: 's001-ita-analysis-pua', seed: SEEDS.s001, font: 'Loma', stripActualText: true },
];

/** Fixed "creation date" written into every PDF, so a rebuild gives the same bytes. */
export const FIXED_PDF_DATE = '20250101000000';
