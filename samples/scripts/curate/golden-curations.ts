import type { GoldenReport } from '../lib/golden.schema.js';
import type { SeedText } from '../lib/seed.reader.js';
import { curateS000 } from './s000.curate.js';
import { curateS001 } from './s001.curate.js';
import { curateS002 } from './s002.curate.js';
import { curateS004 } from './s004.curate.js';

/** Which seed (shared/seeds/*.txt) each golden file is curated from, and by which module. */
export const CURATIONS: ReadonlyArray<{ seedFile: string; curate: (seed: SeedText) => GoldenReport }> = [
  { seedFile: '000_6a9dc769a661d8da.txt', curate: curateS000 },
  { seedFile: '001_b7a619786dfc9076.txt', curate: curateS001 },
  { seedFile: '002_608d7d5688246d6f.txt', curate: curateS002 },
  { seedFile: '004_85bef1f827b5141b.txt', curate: curateS004 },
];
