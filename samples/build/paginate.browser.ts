/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Runs inside Chromium (passed to page.evaluate, so it must not use anything from module scope).
 * Fills fixed-height A4 page sections block by block, measuring real layout, so the text of every page
 * is known exactly: Chromium never tells a script where its own print page breaks fall.
 */
export type FlowInput = { type: 'flow'; kind: string; html: string; l1: number; l2: number; breakBefore: boolean };
export type TableInput = {
  type: 'table';
  small: boolean;
  /** Too wide for portrait: printed on landscape pages, as plans print their budget summary. */
  landscape: boolean;
  header: string[];
  body: string[];
  breakBefore: boolean;
};
export type PaginateInput = { blocks: Array<FlowInput | TableInput>; coverPage: boolean };
export type LaidLine = { text: string; l1: number; l2: number; repeat: boolean };
export type LaidPage = {
  lines: LaidLine[];
  footer: string;
  usedPx: number;
  /** Content taller than a page that could not be split (forced onto it). */
  overflow: boolean;
  /** Table cells whose content is wider than the cell (text running over a rule). */
  cellOverflows: number;
};

export function paginateInBrowser(input: PaginateInput): LaidPage[] {
  const out = document.getElementById('out')!;
  const measure = document.getElementById('measure')!;
  const pages: HTMLElement[] = [];
  let body!: HTMLElement;
  const overflowed = new Set<HTMLElement>();

  const fromHtml = <T extends Element>(html: string, wrapper = 'div'): T => {
    const holder = document.createElement(wrapper === 'tr' ? 'tbody' : 'div');
    holder.innerHTML = html;
    return holder.firstElementChild as T;
  };

  let landscape = false;
  const newPage = (keepWithNext: boolean): void => {
    const previous = body;
    const section = document.createElement('section');
    section.className = landscape ? 'page wide' : 'page';
    const inner = document.createElement('div');
    inner.className = 'body';
    section.append(inner);
    out.append(section);
    pages.push(section);
    body = inner;
    if (!keepWithNext || !previous) return;
    // Headings travel with what follows them rather than ending a page.
    const trailing: Element[] = [];
    let last = previous.lastElementChild;
    while (last && last.matches('.k-heading, .k-section, .k-title')) {
      trailing.unshift(last);
      last = last.previousElementSibling;
    }
    if (trailing.length > 0 && trailing.length < previous.children.length) body.append(...trailing);
  };
  const setOrientation = (wide: boolean): void => {
    if (wide === landscape) return;
    landscape = wide;
    measure.classList.toggle('wide', wide);
    newPage(true);
  };

  const fits = (): boolean => {
    const last = body.lastElementChild;
    if (!last) return true;
    return last.getBoundingClientRect().bottom <= body.getBoundingClientRect().bottom + 0.5;
  };

  type Point = { node: Text; offset: number };
  const splitPoints = (el: Element): Point[] => {
    const points: Point[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const text = node.data;
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!) && (i + 1 >= text.length || !/\s/.test(text[i + 1]!))) points.push({ node, offset: i + 1 });
      }
    }
    return points;
  };
  const prefixOf = (el: Element, p: Point): DocumentFragment => {
    const range = document.createRange();
    range.setStart(el, 0);
    range.setEnd(p.node, p.offset);
    return range.cloneContents();
  };
  const suffixOf = (el: Element, p: Point): DocumentFragment => {
    const range = document.createRange();
    range.setStart(p.node, p.offset);
    range.setEnd(el, el.childNodes.length);
    return range.cloneContents();
  };

  /** Largest split point whose prefix, put into `shell`, still fits; -1 when none does. */
  const largestFitting = (source: Element, points: Point[], shell: Element, accept: () => boolean): number => {
    let lo = 0;
    let hi = points.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      shell.replaceChildren(prefixOf(source, points[mid]!));
      if (fits() && accept()) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };

  const lineHeight = (el: Element): number => parseFloat(getComputedStyle(el).lineHeight) || 24;

  /** Puts as much of a paragraph as fits (at least two lines) on this page; returns the rest, or null. */
  const splitFlow = (el: HTMLElement, minLines: number): HTMLElement | null => {
    const points = splitPoints(el);
    if (points.length === 0) return null;
    const shell = el.cloneNode(false) as HTMLElement;
    body.append(shell);
    const best = largestFitting(el, points, shell, () => shell.getBoundingClientRect().height >= minLines * lineHeight(shell) - 1);
    if (best < 0 || points[best]!.offset === 0) {
      shell.remove();
      return null;
    }
    shell.replaceChildren(prefixOf(el, points[best]!));
    const rest = el.cloneNode(false) as HTMLElement;
    rest.append(suffixOf(el, points[best]!));
    rest.classList.add('cont');
    return rest;
  };

  const placeFlow = (block: FlowInput): void => {
    let el = fromHtml<HTMLElement>(block.html);
    for (;;) {
      body.append(el);
      if (fits()) return;
      el.remove();
      const splittable = /k-(paragraph|item|value)/.test(el.className);
      const emptyPage = body.children.length === 0;
      if (splittable) {
        const rest = splitFlow(el, emptyPage ? 1 : 2);
        if (rest) {
          newPage(false);
          el = rest;
          continue;
        }
      }
      if (emptyPage) {
        body.append(el); // taller than a page and unsplittable: keep it, and report it
        overflowed.add(body);
        return;
      }
      newPage(true);
    }
  };

  /**
   * Column widths the way a person sets them in Word: short columns (no., score, tool) as wide as their
   * content, long-text columns sharing the rest, damped so one long column does not starve the others.
   */
  const columnWidths = (table: HTMLTableElement, available: number): number[] => {
    const probe = document.createElement('div');
    probe.className = `probe${block_small(table) ? ' small' : ''}`;
    measure.append(probe);
    const columns = Math.max(...[...table.rows].map((r) => [...r.cells].reduce((n, c) => n + c.colSpan, 0)));
    const min = new Array<number>(columns).fill(0);
    const max = new Array<number>(columns).fill(0);
    const chrome = 12; // padding and rule of a cell
    // Cells spanning rows from above take their columns in the rows below (two-row headers).
    const spanned = new Array<number>(columns).fill(0);
    for (const row of table.rows) {
      let column = 0;
      const taken = spanned.map((n) => n > 0);
      for (let j = 0; j < columns; j++) spanned[j] = Math.max(0, spanned[j]! - 1);
      for (const cell of row.cells) {
        while (taken[column]) column++;
        if (cell.colSpan === 1 && column < columns) {
          probe.innerHTML = cell.innerHTML;
          probe.style.fontWeight = cell.tagName === 'TH' ? 'bold' : 'normal';
          probe.style.width = 'max-content';
          const wide = probe.getBoundingClientRect().width + chrome;
          probe.style.width = 'min-content';
          const narrow = probe.getBoundingClientRect().width + chrome;
          // Header words may wrap; body content decides how wide a column wants to be.
          if (cell.tagName !== 'TH') max[column] = Math.max(max[column]!, wide);
          min[column] = Math.max(min[column]!, Math.min(narrow, available * 0.4));
        }
        for (let j = column; j < column + cell.colSpan && j < columns; j++) spanned[j] = Math.max(spanned[j]!, cell.rowSpan - 1);
        column += cell.colSpan;
      }
    }
    probe.remove();
    max.forEach((m, j) => (max[j] = Math.max(m, min[j]!)));
    // A floor keeps a column of short numbers readable; with many columns it must be lower.
    const floor = Math.min(available * 0.08, available / (columns * 2));
    const widths = max.map((m, j) => Math.min(m, Math.max(min[j]!, floor)));
    let spare = available - widths.reduce((a, b) => a + b, 0);
    if (spare < 0) return widths.map((w) => (w * available) / (available - spare));
    for (let round = 0; round < 8 && spare > 0.5; round++) {
      const hungry = widths.map((w, j) => (max[j]! > w + 0.5 ? Math.pow(max[j]! - w, 0.75) : 0));
      const total = hungry.reduce((a, b) => a + b, 0);
      if (total === 0) break;
      let given = 0;
      widths.forEach((w, j) => {
        const add = Math.min((spare * hungry[j]!) / total, max[j]! - w);
        widths[j] = w + add;
        given += add;
      });
      spare -= given;
    }
    if (spare > 0.5) return widths.map((w) => w + spare / columns);
    return widths;
  };
  const block_small = (table: HTMLTableElement): boolean => table.classList.contains('small');

  const measureTable = (block: TableInput): { widths: number[]; heights: number[] } => {
    const table = document.createElement('table');
    table.className = block.small ? 'small' : '';
    table.innerHTML = `<thead>${block.header.join('')}</thead><tbody>${block.body.join('')}</tbody>`;
    measure.replaceChildren(table);
    const widths = columnWidths(table, measure.getBoundingClientRect().width);
    table.prepend(colgroupOf(widths));
    const heights = [...table.tBodies[0]!.rows].map((r) => r.getBoundingClientRect().height);
    measure.replaceChildren();
    return { widths, heights };
  };
  const colgroupOf = (widths: number[]): HTMLElement => {
    const group = document.createElement('colgroup');
    for (const w of widths) {
      const col = document.createElement('col');
      col.style.width = `${w}px`;
      group.append(col);
    }
    return group;
  };

  const placeTable = (block: TableInput): void => {
    const { widths, heights } = measureTable(block);
    const pageHeight = body.getBoundingClientRect().height;
    let placed = 0;
    const startFragment = (): { table: HTMLTableElement; tbody: HTMLTableSectionElement } => {
      const table = document.createElement('table');
      table.className = block.small ? 'small' : '';
      table.append(colgroupOf(widths));
      const thead = document.createElement('thead');
      thead.innerHTML = block.header.join('');
      if (placed > 0) for (const row of thead.rows) row.dataset.repeat = '1';
      const tbody = document.createElement('tbody');
      table.append(thead, tbody);
      body.append(table);
      return { table, tbody };
    };
    let frag = startFragment();
    if (!fits() && body.children.length > 1) {
      frag.table.remove();
      newPage(true);
      frag = startFragment();
    }
    block.body.forEach((html, index) => {
      let row = fromHtml<HTMLTableRowElement>(`<table><tbody>${html}</tbody></table>`).querySelector('tr')!;
      for (;;) {
        frag.tbody.append(row);
        if (fits()) {
          placed++;
          return;
        }
        row.remove();
        const alone = frag.tbody.rows.length === 0 && body.children.length === 1;
        const tall = (heights[index] ?? 0) > pageHeight / 3;
        if (tall || alone) {
          const rest = splitRow(row, frag.tbody);
          if (rest) {
            placed++;
            newPage(false);
            frag = startFragment();
            row = rest;
            continue;
          }
          if (alone) {
            frag.tbody.append(row);
            overflowed.add(body);
            placed++;
            return;
          }
        }
        if (frag.tbody.rows.length === 0) {
          frag.table.remove();
          newPage(true);
        } else newPage(false);
        frag = startFragment();
      }
    });
    if (frag.tbody.rows.length === 0 && block.body.length > 0) frag.table.remove();
  };

  /** Breaks a row across the page end, each cell at a word boundary, as Word does; returns the rest. */
  const splitRow = (row: HTMLTableRowElement, tbody: HTMLTableSectionElement): HTMLTableRowElement | null => {
    const originals = [...row.cells];
    const shells = originals.map((c) => c.cloneNode(false) as HTMLTableCellElement);
    const head = row.cloneNode(false) as HTMLTableRowElement;
    head.append(...shells);
    tbody.append(head);
    if (!fits()) {
      head.remove();
      return null;
    }
    const rest = row.cloneNode(false) as HTMLTableRowElement;
    let anything = false;
    originals.forEach((cell, i) => {
      const shell = shells[i]!;
      const restCell = cell.cloneNode(false) as HTMLTableCellElement;
      rest.append(restCell);
      shell.replaceChildren(...[...cell.childNodes].map((n) => n.cloneNode(true)));
      if (fits()) {
        anything ||= cell.textContent!.trim() !== '';
        return;
      }
      const points = splitPoints(cell);
      const best = largestFitting(cell, points, shell, () => true);
      if (best < 0) {
        shell.replaceChildren();
        restCell.replaceChildren(...[...cell.childNodes].map((n) => n.cloneNode(true)));
        return;
      }
      shell.replaceChildren(prefixOf(cell, points[best]!));
      restCell.replaceChildren(suffixOf(cell, points[best]!));
      anything = true;
    });
    if (!anything) {
      head.remove();
      return null;
    }
    return rest;
  };

  newPage(false);
  for (const block of input.blocks) {
    if (block.breakBefore && body.children.length > 0) newPage(false);
    setOrientation(block.type === 'table' && block.landscape);
    if (block.type === 'flow') placeFlow(block);
    else placeTable(block);
  }

  const visibleText = (root: Node): string => {
    let text = '';
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        text += (node as Text).data;
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const separate = /^(P|DIV|LI|UL|OL|BR|TD|TH|TR)$/.test((node as Element).tagName);
      if (separate) text += ' ';
      node.childNodes.forEach(walk);
      if (separate) text += ' ';
    };
    walk(root);
    return text.replace(/\s+/g, ' ').trim();
  };
  const thaiDigits = (n: number): string => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

  return pages.map((section, index) => {
    const inner = section.querySelector('.body') as HTMLElement;
    const lines: LaidLine[] = [];
    for (const child of inner.children) {
      if (child.tagName === 'TABLE') {
        for (const row of (child as HTMLTableElement).rows) {
          const cells = [...row.cells].map(visibleText);
          while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
          const line = Number((row as HTMLElement).dataset.line);
          lines.push({ text: cells.join('\t'), l1: line, l2: line, repeat: (row as HTMLElement).dataset.repeat === '1' });
        }
      } else {
        const el = child as HTMLElement;
        lines.push({ text: visibleText(el), l1: Number(el.dataset.l1), l2: Number(el.dataset.l2), repeat: false });
      }
    }
    let footer = '';
    if (index > 0 || !input.coverPage) {
      footer = `- ${thaiDigits(index + 1)} -`;
      const foot = document.createElement('div');
      foot.className = 'foot';
      foot.textContent = footer;
      section.append(foot);
    }
    const last = inner.lastElementChild;
    const usedPx = last ? last.getBoundingClientRect().bottom - inner.getBoundingClientRect().top : 0;
    const cellOverflows = [...inner.querySelectorAll('td, th')].filter((c) => c.scrollWidth > c.clientWidth + 1).length;
    return { lines, footer, usedPx, overflow: overflowed.has(inner), cellOverflows };
  });
}
