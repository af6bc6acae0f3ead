/**
 * Makes a truncated PDF readable up to its last complete object. pdf.js can rebuild a lost cross-reference table
 * but gives up ("Invalid PDF structure") when no trailer survives, which is what a cut-off download looks like:
 * the trailer is at the end. We cut at the last `endobj`, append a trailer naming the catalog, and keep the list of
 * complete objects so pages whose content was cut off can be reported instead of passing as blank pages.
 * Files that keep the catalog inside a compressed object stream cannot be repaired this way (null).
 */
export interface RepairedPdf {
  bytes: Uint8Array;
  /** Content stream object numbers of a page object, and whether each survived; null when the page object is missing. */
  pageContents(pageObjectNumber: number): Array<{ num: number; present: boolean }> | null;
}

const OBJ_RE = /(\d+)\s+(\d+)\s+obj\b/g;

export function repairTruncatedPdf(bytes: Uint8Array): RepairedPdf | null {
  const text = Buffer.from(bytes).toString('latin1');
  const cut = text.lastIndexOf('endobj');
  if (cut < 0) return null;
  const body = text.slice(0, cut + 'endobj'.length);
  const bodies = new Map<number, string>();
  for (const m of body.matchAll(OBJ_RE)) {
    const start = m.index + m[0].length;
    const end = body.indexOf('endobj', start);
    if (end < 0) continue;
    bodies.set(Number(m[1]), body.slice(start, end));
  }
  let root: number | null = null;
  for (const [num, b] of bodies) {
    if (/\/Type\s*\/Catalog\b/.test(b.slice(0, 4000))) {
      root = num;
      break;
    }
  }
  if (root === null) return null;
  const trailer = `\ntrailer\n<< /Root ${root} 0 R /Size ${Math.max(...bodies.keys()) + 1} >>\nstartxref\n0\n%%EOF\n`;
  const repaired = Buffer.concat([Buffer.from(body, 'latin1'), Buffer.from(trailer, 'latin1')]);
  return {
    bytes: new Uint8Array(repaired),
    pageContents(pageObjectNumber) {
      const page = bodies.get(pageObjectNumber);
      if (page === undefined) return null;
      const dictEnd = page.indexOf('stream');
      const dict = dictEnd >= 0 ? page.slice(0, dictEnd) : page;
      const m = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(dict);
      if (!m) return [];
      return [...m[1]!.matchAll(/(\d+)\s+\d+\s+R/g)].map((r) => {
        const num = Number(r[1]);
        // A content object counts only if its stream ended before the cut.
        const b = bodies.get(num);
        return { num, present: b !== undefined && (!b.includes('stream') || b.includes('endstream')) };
      });
    },
  };
}
