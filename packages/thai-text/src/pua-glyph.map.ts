/**
 * Thai "positional variant" glyphs that old Windows (U+F700–U+F71A) and Mac (U+F884–U+F89E)
 * Thai fonts put in the Private Use Area; PDFs made with such fonts (e.g. TLWG Loma through
 * Chromium) leak them into the text layer. Each maps back to the one standard code point it is a
 * shifted or descender-less drawing of.
 *
 * Source: HarfBuzz src/hb-ot-shaper-thai.cc, thai_pua_shape() tables SD_mappings (shift down),
 * SDL_mappings (down-left), SL_mappings (left) and RD_mappings (remove descender), whose rows are
 * {standard, win_pua, mac_pua}; following linux.thai.net/~thep/th-otf/shaping.html. The 27 + 27
 * entries below are exactly those rows, which cover both ranges completely.
 */
const ROWS: ReadonlyArray<readonly [standard: number, win: number, mac: number]> = [
  // SD: shift down (tone marks over a consonant without an upper vowel; below vowels under ฐ ญ)
  [0x0e48, 0xf70a, 0xf88b],
  [0x0e49, 0xf70b, 0xf88e],
  [0x0e4a, 0xf70c, 0xf891],
  [0x0e4b, 0xf70d, 0xf894],
  [0x0e4c, 0xf70e, 0xf897],
  [0x0e38, 0xf718, 0xf89b],
  [0x0e39, 0xf719, 0xf89c],
  [0x0e3a, 0xf71a, 0xf89d],
  // SDL: shift down and left (tone marks over ป ฝ ฟ without an upper vowel)
  [0x0e48, 0xf705, 0xf88c],
  [0x0e49, 0xf706, 0xf88f],
  [0x0e4a, 0xf707, 0xf892],
  [0x0e4b, 0xf708, 0xf895],
  [0x0e4c, 0xf709, 0xf898],
  // SL: shift left (marks over the tall consonants ป ฝ ฟ)
  [0x0e48, 0xf713, 0xf88a],
  [0x0e49, 0xf714, 0xf88d],
  [0x0e4a, 0xf715, 0xf890],
  [0x0e4b, 0xf716, 0xf893],
  [0x0e4c, 0xf717, 0xf896],
  [0x0e31, 0xf710, 0xf884],
  [0x0e34, 0xf701, 0xf885],
  [0x0e35, 0xf702, 0xf886],
  [0x0e36, 0xf703, 0xf887],
  [0x0e37, 0xf704, 0xf888],
  [0x0e47, 0xf712, 0xf889],
  [0x0e4d, 0xf711, 0xf899],
  // RD: consonants drawn without their descender (before a below vowel)
  [0x0e0d, 0xf70f, 0xf89a],
  [0x0e10, 0xf700, 0xf89e],
];

export const PUA_TO_THAI: ReadonlyMap<string, string> = new Map(
  ROWS.flatMap(([std, win, mac]) => [
    [String.fromCharCode(win), String.fromCharCode(std)],
    [String.fromCharCode(mac), String.fromCharCode(std)],
  ]),
);

const PUA_RE = /[\uF700-\uF71A\uF884-\uF89E]/gu;

export function mapThaiPua(s: string): string {
  return s.replace(PUA_RE, (c) => PUA_TO_THAI.get(c) ?? c);
}
