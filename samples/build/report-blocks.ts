/** The report as a list of blocks laid out one after another; each knows the seed lines it came from. */
export type SeedLines = readonly [first: number, last: number];

export type TableCell = {
  html: string;
  colspan: number;
  rowspan: number;
  /** An empty leading cell under a filled one: drawn as part of the cell above, as a merged cell looks. */
  continued: boolean;
  /** The cell below continues this one, so it has no bottom rule. */
  open: boolean;
};

export type TableRow = { line: number; cells: TableCell[] };

export type FlowKind = 'title' | 'section' | 'heading' | 'paragraph' | 'item' | 'value' | 'signature';

export type FlowBlock = { kind: FlowKind; html: string; lines: SeedLines; breakBefore: boolean };

export type TableBlock = {
  kind: 'table';
  columns: number;
  header: TableRow[];
  body: TableRow[];
  lines: SeedLines;
  breakBefore: boolean;
};

export type Block = FlowBlock | TableBlock;
