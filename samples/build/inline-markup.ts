/**
 * Seed text carries fragments of the HTML the OCR saw (<p>, <ul><li>, <b>, <br>, checkboxes, <div data-bbox>)
 * and markdown-ish **bold**. This turns one fragment into safe HTML showing what a reader of the report saw.
 */
const KEPT_TAGS = new Set(['p', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em', 'u', 'br', 'div', 'span']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s[^<>]*)?)\/?>/g;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paired `**x**` becomes bold; an unpaired `**` stays literal, as a markdown reader would show it. */
function boldMarkdown(escaped: string): string {
  return escaped.replace(/\*\*([^*]+?)\*\*/g, '<b>$1</b>');
}

function tagHtml(closing: string, name: string, attrs: string): string | null {
  const tag = name.toLowerCase();
  if (tag === 'input') {
    if (!/type\s*=\s*["']?checkbox/i.test(attrs)) return '';
    return /\bchecked\b/i.test(attrs) ? '<span class="box">☑</span>' : '<span class="box">☐</span>';
  }
  if (!KEPT_TAGS.has(tag)) return null;
  if (tag === 'br') return '<br>';
  // Attributes (style, data-bbox) are layout hints of the OCR, not content.
  return `<${closing}${tag === 'strong' ? 'b' : tag}>`;
}

/** Converts a seed fragment (one line or one table cell) to HTML. */
export function inlineToHtml(fragment: string): string {
  let html = '';
  let last = 0;
  for (const match of fragment.matchAll(TAG)) {
    const [whole, closing = '', name = '', attrs = ''] = match;
    const converted = tagHtml(closing, name, attrs);
    if (converted === null) continue; // e.g. <https://…>: an autolink, kept as text below
    html += boldMarkdown(escapeHtml(fragment.slice(last, match.index)));
    html += converted;
    last = match.index + whole.length;
  }
  html += boldMarkdown(escapeHtml(fragment.slice(last)));
  // A markdown autolink shows its address without the angle brackets.
  return html.replace(/&lt;(https?:\/\/[^\s&]+)&gt;/g, '$1');
}
