import { createFlag, type Evidence, type Flag } from '@lao/schemas';
import { compactThaiName, parseOrgName, placeKey } from '@lao/thai-text';
import type { CheckContext } from '../check-context.js';
import { uniqueBy } from '../format.js';

/** "ตามทะเบียนพื้นที่ ตำบลขอนแก่นอยู่ในอำเภอเมืองร้อยเอ็ด จังหวัดร้อยเอ็ด" when the org's name is exactly one tambon. */
function whereItReallyIs(ctx: CheckContext): { th: string; en: string } {
  const name = ctx.report.org.name;
  const core = name ? (parseOrgName(name)?.core ?? null) : null;
  const where = core ? ctx.gazetteer.whereIsSubdistrict(core) : [];
  const only = where.length === 1 ? where[0] : undefined;
  if (!only || ctx.report.org.kind === 'pao') return { th: '', en: '' };
  return {
    th: ` ทั้งนี้ ทะเบียนพื้นที่มีตำบล${only.name}เพียงแห่งเดียว คือ ตำบล${only.name} อำเภอ${only.district.name} จังหวัด${only.province.name}`,
    en: ` The gazetteer has one tambon ${only.nameEn} (${only.name}), in ${only.district.nameEn} district, ${only.province.nameEn} province.`,
  };
}

type Stated = { value: string; evidence: Evidence[] };

function stated(ctx: CheckContext, kind: 'district' | 'province'): Stated[] {
  const byKey = new Map<string, Stated>();
  for (const m of ctx.mentions.filter((x) => x.kind === kind)) {
    const key = placeKey(m.value || m.match);
    if (!key) continue;
    const s = byKey.get(key) ?? { value: key, evidence: [] };
    s.evidence.push({ page: m.page, text: m.text });
    byKey.set(key, s);
  }
  if (byKey.size === 0) {
    const v = ctx.report.org[kind];
    return v ? [{ value: compactThaiName(v), evidence: [] }] : [];
  }
  return withoutMisreads(ctx, kind, [...byKey.values()]);
}

/** Levenshtein distance over code points. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[y.length] ?? 0;
}

/**
 * A place name read only on OCR pages that no gazetteer knows, one character away from a name the
 * document states elsewhere ("ร้อยเอ็ต" beside ร้อยเอ็ด), is that name misread: it names no second place.
 */
function withoutMisreads(ctx: CheckContext, kind: 'district' | 'province', all: Stated[]): Stated[] {
  const ocrPages = new Set(ctx.report.pages.filter((p) => p.method === 'ocr').map((p) => p.no));
  const known = (v: string): boolean =>
    (kind === 'province' ? ctx.gazetteer.findProvince(v) : ctx.gazetteer.findDistrict(v)).some((m) => m.kind !== 'fuzzy');
  return all.filter(
    (s) =>
      !(s.evidence.length > 0 && s.evidence.every((e) => ocrPages.has(e.page)) && !known(s.value) &&
        all.some((o) => o !== s && (known(o.value) || o.evidence.length > s.evidence.length) && editDistance(o.value, s.value) <= 1)),
  );
}

/**
 * PROVINCE_MISMATCH when the document names two provinces; DISTRICT_MISMATCH when it names two
 * districts, or (one province stated) a district the gazetteer does not put in that province.
 * At most one of each: a reviewer fixes the header once.
 */
export function placeRule(ctx: CheckContext): Flag[] {
  const org = ctx.report.org.name ?? 'หน่วยงาน';
  const flags: Flag[] = [];
  const districts = stated(ctx, 'district');
  const provinces = stated(ctx, 'province');
  const real = whereItReallyIs(ctx);
  const ev = (xs: Stated[]): Evidence[] => uniqueBy(xs.flatMap((x) => x.evidence), (e) => `${e.page}|${e.text}`);

  if (provinces.length > 1) {
    const list = provinces.map((p) => `"จังหวัด${p.value}"`).join(' และ ');
    flags.push(
      createFlag(
        'PROVINCE_MISMATCH',
        `เอกสารระบุจังหวัดที่ตั้งของ${org}ไม่ตรงกัน คือ ${list}${real.th}`,
        `The document gives different provinces for ${org}: ${provinces.map((p) => p.value).join(' and ')}.${real.en}`,
        ev(provinces),
      ),
    );
  }
  if (districts.length > 1) {
    const missing = districts.filter((d) => ctx.gazetteer.findDistrict(d.value).every((m) => m.kind === 'fuzzy'));
    const none =
      missing.length === districts.length
        ? ` โดยไม่พบอำเภอเหล่านี้ในทะเบียนพื้นที่เลย`
        : missing.length
          ? ` (ไม่พบอำเภอ${missing.map((d) => d.value).join(', ')} ในทะเบียนพื้นที่)`
          : '';
    const noneEn = missing.length ? ` ${missing.map((d) => d.value).join(', ')}: no such district in the gazetteer.` : '';
    flags.push(
      createFlag(
        'DISTRICT_MISMATCH',
        `เอกสารระบุอำเภอที่ตั้งของ${org}ไม่ตรงกัน คือ ${districts.map((d) => `"อำเภอ${d.value}"`).join(' และ ')}${none}${real.th}`,
        `The document gives different districts for ${org}: ${districts.map((d) => d.value).join(' and ')}.${noneEn}${real.en}`,
        ev(districts),
      ),
    );
  } else if (districts.length === 1 && provinces.length === 1) {
    const d = districts[0] as Stated;
    const p = provinces[0] as Stated;
    const check = ctx.gazetteer.isDistrictInProvince(d.value, p.value);
    if (check.provinceExists && !check.ok) {
      const elsewhere = check.actualProvinces.length ? ` (อำเภอ${d.value}อยู่ในจังหวัด${check.actualProvinces.join(', ')})` : '';
      const elsewhereEn = check.actualProvinces.length ? ` (${d.value} is in ${check.actualProvinces.join(', ')})` : '';
      const evidence = ev([d, p]);
      flags.push(
        createFlag(
          'DISTRICT_MISMATCH',
          `เอกสารระบุ "อำเภอ${d.value} จังหวัด${p.value}" แต่จังหวัด${p.value}ไม่มีอำเภอ${d.value}${elsewhere}${real.th} (อาจพิมพ์ชื่ออำเภอผิด)`,
          `The document gives district ${d.value} in province ${p.value}, but ${p.value} has no such district${elsewhereEn}.${real.en}`,
          evidence,
        ),
      );
    }
  }
  return flags;
}
