export {
  extractDocument,
  extractPage,
  openDocument,
  ExtractOptionsSchema,
  type ExtractOptions,
  type ExtractInput,
  type ExtractedDocument,
  type OpenedDocument,
  type OcrEngine,
  type PageFailure,
} from './extract-document.js';
export { decideTextLayer, DECISION_THRESHOLDS, type DecisionContext, type TextLayerVerdict, type TextLayerSignals } from './decide/text-layer.decision.js';
export { buildAlignedTables, type AlignedLine, type AlignedTableOptions } from './layout/aligned-tables.builder.js';
export { buildLines, type PlacedText, type LineSegment, type VerticalRule } from './layout/lines.builder.js';
export { buildGrids, type Grid, type GridCell, type Rule } from './layout/ruled-grid.builder.js';
export { assemblePage, type PendingLine } from './layout/page-layout.assembler.js';
export { openPdfTextLayer, closePdfWorker, type PdfTextLayer, type OpenPdfOptions } from './pdf/pdf-text-layer.client.js';
export type { RawPage, RawTextItem, Ruling } from './pdf/raw-page.types.js';
export { buildTextLayerPage } from './text-layer/text-layer-page.builder.js';
export { buildOcrPage } from './text-layer/ocr-page.builder.js';
export { sniffInputKind, type InputKind } from './sniff/file-type.sniffer.js';
export { characterErrorRate, characterErrors, editDistance } from './cer.js';
export * from './ocr/index.js';
export * from './render/index.js';
export * from './image/index.js';
