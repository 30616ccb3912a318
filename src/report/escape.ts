/**
 * Free text in a report (names, reasons, addresses) is whatever the
 * installer typed; it must read as text in every format and never as markup.
 */

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML[char]!);
}

/**
 * Markdown: backslash-escapes the characters that open or close inline
 * markup (emphasis, code, links, raw HTML, entities, GFM strikethrough), `|`
 * so that a table cell stays one cell, and whatever at the start would open
 * a block (heading, list, quote, rule). A typed line break becomes a space,
 * so that it cannot start a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]<>&|~]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
