import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Directory of the installed pdfjs-dist, so cmaps and standard fonts load from disk, never from the network. */
function pdfjsRoot(): string {
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

/**
 * getDocument parameters for offline, eval-free use in Node. pdf.js's Node data factory reads these with
 * fs.readFile, so they are plain directory paths (with the trailing slash pdf.js insists on), not file: URLs.
 */
export function pdfjsDocumentParams(data: Uint8Array): Record<string, unknown> {
  const root = pdfjsRoot();
  return {
    data,
    cMapUrl: path.join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: path.join(root, 'standard_fonts') + '/',
    wasmUrl: path.join(root, 'wasm') + '/',
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  };
}
