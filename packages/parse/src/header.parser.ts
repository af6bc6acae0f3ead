import type { Org, OrgKind } from '@lao/schemas';
import { isSameNameWithNoise, nameSimilarity, parseOrgName } from '@lao/thai-text';
import type { Doc, DocLine } from './document.model.js';
import { type OrgMention, type PlaceMention, KIND_FULL_PREFIX, cutCore, findOrgMentions, findPlaceMentions } from './org-mentions.js';
import type { Mention, ValueProvenance } from './parse-result.schema.js';

/**
 * What the parser may ask a gazetteer (structurally @lao/gazetteer's): where a subdistrict is, and
 * whether a name is a real subdistrict at all. Optional: without it names are judged by spelling alone.
 */
export type PlaceLookup = {
  isRealSubdistrictName(name: string): boolean;
  whereIsSubdistrict(name: string): ReadonlyArray<{ district: { name: string }; province: { name: string } }>;
  isDistrictInProvince?(district: string, province: string): { ok: boolean };
  /** Real subdistricts a printed name may stand for (best match kind only), within a district/province. */
  findSubdistrict?(
    name: string,
    where?: { district?: string; province?: string },
  ): ReadonlyArray<{ place: { name: string }; kind: 'exact' | 'normalised' | 'tone-insensitive' | 'fuzzy' }>;
};

// A spelling this close that names no real subdistrict is a misspelling of the org, not another org
// (seed 004 "กระเจา" for กระจาย); a real subdistrict's name is always another org.
const LOOSE_SAME_ORG = 0.4;
// A printed district this close to the gazetteer's district of the org's subdistrict is its misprint.
const SAME_DISTRICT = 0.25;

type Cluster = { cores: Map<string, number>; weight: number; mentions: OrgMention[] };

function same(a: string, b: string, places: PlaceLookup | undefined): boolean {
  if (a === b || isSameNameWithNoise(a, b)) return true;
  return !!places && !places.isRealSubdistrictName(b) && nameSimilarity(a, b) >= LOOSE_SAME_ORG;
}

// Each mention counts once: the right spelling recurs, OCR noise rarely repeats itself.
function weightOf(_m: { line: DocLine }): number {
  return 1;
}

/** Cuts a core out of running text using the spellings that stand alone elsewhere in the document. */
function settleCores(mentions: OrgMention[]): OrgMention[] {
  const cleanCores = [...new Set(mentions.filter((m) => m.clean).map((m) => m.core))].sort((a, b) => b.length - a.length);
  const settled = mentions.map((m) => {
    if (m.clean) return m;
    if (m.lineCore !== undefined) {
      // Run on into the next line: the next line holds the rest of the name only when a spelling
      // standing alone elsewhere says so ("…ตำบลกระ" / "จาย"); otherwise the line ended the name.
      const longer = cleanCores.find((c) => m.rawCore.startsWith(c) && c.length > m.lineCore!.length);
      return withCore(m, longer ?? (m.lineCore.length >= 2 ? cutCore(m.lineCore) : cutCore(m.rawCore)));
    }
    const known = cleanCores.find((c) => m.rawCore.startsWith(c));
    return withCore(m, known ?? cutCore(m.rawCore));
  });
  // A missing space glues the next word on ("มะรุือโปตกราย ตัวชี้วัด"): a core that extends another
  // spelling of the document is cut back to it.
  const cores = [...new Set(settled.map((m) => m.core))].filter((c) => c.length >= 3).sort((a, b) => b.length - a.length);
  return settled.map((m) => {
    const shorter = cores.find((c) => c !== m.core && m.core.startsWith(c));
    return shorter ? withCore(m, shorter) : m;
  });
}

function withCore(m: OrgMention, core: string): OrgMention {
  return { ...m, core, written: m.written.slice(0, m.written.length - m.core.length) + core };
}

function cluster(mentions: OrgMention[], places: PlaceLookup | undefined): Cluster[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.core, (counts.get(m.core) ?? 0) + weightOf(m));
  const clusters: Cluster[] = [];
  for (const [core, w] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
    const home = clusters.find((c) => same([...c.cores.keys()][0]!, core, places));
    if (home) {
      home.cores.set(core, w);
      home.weight += w;
    } else clusters.push({ cores: new Map([[core, w]]), weight: w, mentions: [] });
  }
  for (const m of mentions) clusters.find((c) => c.cores.has(m.core))!.mentions.push(m);
  return clusters.sort((a, b) => b.weight - a.weight);
}

function vote<T>(items: Array<{ value: T; weight: number }>): T | null {
  const tally = new Map<T, number>();
  for (const { value, weight } of items) tally.set(value, (tally.get(value) ?? 0) + weight);
  let best: T | null = null;
  let bestW = 0;
  for (const [v, w] of tally) if (w > bestW) [best, bestW] = [v, w];
  return best;
}

export type HeaderResult = {
  org: Org;
  mentions: Mention[];
  provenance: ValueProvenance[];
};

export function parseHeader(doc: Doc, places?: PlaceLookup): HeaderResult {
  const mentions: Mention[] = [];
  const provenance: ValueProvenance[] = [];
  const orgMentions = settleCores(findOrgMentions(doc.lines));
  const clusters = cluster(orgMentions, places);
  const self = clusters[0];
  let name: string | null = null;
  let kind: OrgKind | null = null;
  const variants: string[] = [];
  if (self) {
    // Ties (each spelling once) go to the spelling closest to all the others: the medoid of the noise.
    const closeness = (c: string) => [...self.cores.keys()].reduce((a, o) => a + (o === c ? 0 : nameSimilarity(c, o)), 0);
    const core = [...self.cores.entries()].sort((a, b) => b[1] - a[1] || closeness(b[0]) - closeness(a[0]))[0]![0];
    kind = vote(self.mentions.map((m) => ({ value: m.kind, weight: weightOf(m) })));
    const parsed = parseOrgName(KIND_FULL_PREFIX[kind!] + core);
    name = parsed?.full ?? KIND_FULL_PREFIX[kind!] + core;
    for (const m of self.mentions) {
      const full = spelledOut(m);
      if (full !== name && !variants.includes(full)) variants.push(full);
    }
    const first = self.mentions.find((m) => m.core === core) ?? self.mentions[0]!;
    provenance.push({ path: 'org.name', page: first.line.page, lineIds: [first.line.id], boxes: [first.line.box], confidence: first.line.confidence });
  }
  for (const m of orgMentions) {
    const relation = self?.mentions.includes(m) ? (m.core === coreOf(name) ? 'self' : 'variant') : 'other';
    mentions.push({
      kind: 'org',
      page: m.line.page,
      lineId: m.line.id,
      text: m.line.text,
      match: m.written,
      value: parseOrgName(KIND_FULL_PREFIX[m.kind] + m.core)?.full ?? KIND_FULL_PREFIX[m.kind] + m.core,
      relation,
    });
  }

  const placeMentions = findPlaceMentions(doc.lines);
  for (const p of placeMentions) {
    mentions.push({ kind: p.kind, page: p.line.page, lineId: p.line.id, text: p.line.text, match: p.written, value: p.name });
  }
  const printedProvince = votePlace(placeMentions, 'province', self?.mentions ?? [], name);
  const printedDistrict = votePlace(placeMentions, 'district', self?.mentions ?? [], name);
  // A provincial administrative organisation (อบจ.) is named after its province: its province is its
  // name, printed or not (covers of อบจ. often print no จังหวัด line at all).
  const province = kind === 'pao' && self && coreOf(name) ? provinceOfPao(self.mentions, coreOf(name)!, printedProvince) : printedProvince;
  // The gazetteer spells subdistricts; an อบจ. is named after a province.
  const real = kind === 'pao' ? null : gazetteerSpelling(coreOf(name), printedDistrict?.name ?? null, province?.name ?? null, places);
  if (name && real) {
    const canonical = name.slice(0, name.length - coreOf(name)!.length) + real;
    // The OCR spelling the document gave is kept as a variant of the gazetteer's.
    if (!variants.includes(name)) variants.unshift(name);
    const at = variants.indexOf(canonical);
    if (at >= 0) variants.splice(at, 1);
    for (const m of mentions) if (m.kind === 'org' && m.value === name) m.value = canonical;
    name = canonical;
  }
  const district = printedDistrict ? { ...printedDistrict, name: correctDistrict(printedDistrict.name, coreOf(name), province?.name ?? null, places) } : null;
  for (const [path, v] of [['org.district', district], ['org.province', province]] as const) {
    if (v) provenance.push({ path, page: v.line.page, lineIds: [v.line.id], boxes: [v.line.box], confidence: v.line.confidence });
  }
  return {
    org: { name, kind, district: district?.name ?? null, province: province?.name ?? null, variants },
    mentions,
    provenance,
  };
}

/**
 * The gazetteer's spelling of an org core that names no real subdistrict but stands for exactly one
 * within the stated district (else province): OCR drops and swaps tone marks and vowels ("ดงครังน้อย"
 * for ดงครั่งน้อย). Null when the core is real already, or the match is absent or ambiguous.
 */
function gazetteerSpelling(core: string | null, district: string | null, province: string | null, places: PlaceLookup | undefined): string | null {
  if (!core || !places?.findSubdistrict || places.isRealSubdistrictName(core)) return null;
  const scopes: Array<{ district?: string; province?: string }> = [];
  if (district && province) scopes.push({ district, province });
  if (province) scopes.push({ province });
  for (const where of scopes) {
    const hits = places.findSubdistrict(core, where);
    const names = [...new Set(hits.map((h) => h.place.name))];
    if (names.length === 1) return names[0]!;
    if (names.length > 1) return null;
  }
  return null;
}

/**
 * The district as printed, unless it is a misprint of the real district of the org's subdistrict
 * (seed 004 "ป่าดัว" for ป่าติ้ว): the gazetteer places the subdistrict in exactly one district of the
 * stated province, the printed name is no real district there and is close to it.
 */
function correctDistrict(printed: string, core: string | null, province: string | null, places: PlaceLookup | undefined): string {
  if (!places || !core) return printed;
  const homes = places.whereIsSubdistrict(core).filter((s) => province === null || s.province.name === province);
  if (homes.length !== 1) return printed;
  const real = homes[0]!.district.name;
  if (real === printed || (province && places.isDistrictInProvince?.(printed, province).ok)) return printed;
  return nameSimilarity(printed, real) >= SAME_DISTRICT ? real : printed;
}

/** The province of an อบจ.: its name's core, located where the name is printed (a printed จังหวัด of that name when there is one). */
function provinceOfPao(self: OrgMention[], core: string, printed: PlaceMention | null): PlaceMention {
  if (printed && printed.name === core) return printed;
  const at = self.find((m) => m.core === core) ?? self[0]!;
  return { line: at.line, kind: 'province', written: at.written, name: core };
}

function coreOf(full: string | null): string | null {
  if (!full) return null;
  for (const p of Object.values(KIND_FULL_PREFIX)) if (full.startsWith(p)) return full.slice(p.length);
  return full;
}

/** "อบต.กระจ่าย" is spelled out with its kind ("องค์การบริหารส่วนตำบลกระจ่าย"); full prefixes stay as written. */
function spelledOut(m: OrgMention): string {
  return m.written.startsWith('องค์') || m.written.startsWith('เทศบาล') ? m.written : KIND_FULL_PREFIX[m.kind] + m.core;
}

/**
 * A place named next to the organisation's own spelling (same or next line) counts more than one
 * named next to a garbled spelling or far from any: a cover printed with OCR noise loses the tie.
 */
function votePlace(places: PlaceMention[], kind: 'district' | 'province', self: OrgMention[], canonical: string | null): PlaceMention | null {
  const core = coreOf(canonical);
  const ofKind = places.filter((p) => p.kind === kind);
  const scored = ofKind.map((p) => {
    let weight = 1;
    for (const m of self) {
      const near = m.line.page === p.line.page && p.line.index - m.line.index >= 0 && p.line.index - m.line.index <= 2;
      if (near) weight = Math.max(weight, m.core === core ? 3 : 2);
    }
    return { value: p.name, weight };
  });
  const best = vote(scored);
  return best === null ? null : ofKind.find((p) => p.name === best) ?? null;
}
