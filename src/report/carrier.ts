/**
 * Every format carries the signed JSON envelope, so that `verify` works on
 * whichever file the customer kept: the HTML page in a script element, the
 * Markdown file in a fenced block, the PDF as an attached file. The
 * envelope keeps its line layout everywhere (one field per line, two
 * spaces in), so the openssl steps of the README work on each text file.
 */
import { inflateSync } from 'node:zlib';
import { SIGNED_REPORT_FORMAT } from '../signature.js';

export type Carrier = 'json' | 'html' | 'markdown' | 'pdf';

export const HTML_SCRIPT_ID = 'oxo-harden-signed-report';
const SCRIPT_OPEN = `<script type="application/json" id="${HTML_SCRIPT_ID}">`;
export const PDF_ATTACHMENT_NAME = 'oxo-harden-signed-report.json';

/**
 * Inside a script element `</script>` or `<!--` in a name would end or
 * break it; `\u003c` is the same character to any JSON reader, so the
 * carried envelope means exactly what the .json file means.
 */
export function htmlCarrier(envelope: string): string {
  return `${SCRIPT_OPEN}\n${envelope.replace(/</g, '\\u003c').trimEnd()}\n</script>`;
}

/** A backtick can never close the fence: no line of the envelope starts with one anyway. */
export function markdownCarrier(envelope: string): string {
  return `\`\`\`json\n${envelope.replace(/`/g, '\\u0060').trimEnd()}\n\`\`\``;
}

const START = new RegExp(
  `\\{\\r?\\n {2}"format": "${SIGNED_REPORT_FORMAT.replace('/', '\\/')}",`,
);
const END = /\r?\n\}/;

/** The envelope as laid out by `envelopeText`, found anywhere in a text. */
function scan(text: string): string | null {
  const start = START.exec(text);
  if (!start) return null;
  const rest = text.slice(start.index);
  const end = END.exec(rest);

  return end ? rest.slice(0, end.index + end[0].length) : null;
}

/**
 * A report attaches one file. Each candidate costs a search to the end of
 * the text, so a file crafted with a million of them is given up on after
 * a few instead of taking hours.
 */
const MAX_EMBEDDED = 8;

function embeddedStreams(pdf: Buffer): Buffer[] {
  const text = pdf.toString('latin1');
  const streams: Buffer[] = [];
  let candidates = 0;
  for (const match of text.matchAll(/\/Type\s*\/EmbeddedFile\b/g)) {
    if (++candidates > MAX_EMBEDDED) break;
    const from = match.index;
    const opening = /stream\r?\n/g;
    opening.lastIndex = from;
    const open = opening.exec(text);
    if (!open) continue;
    const dictionary = text.slice(from, open.index);
    const begin = open.index + open[0].length;
    const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dictionary);
    const end = length ? begin + Number(length[1]) : text.indexOf('endstream', begin);
    if (end < begin) continue;
    let bytes = pdf.subarray(begin, end);
    if (/\/Filter\s*\/FlateDecode/.test(dictionary)) {
      try {
        bytes = inflateSync(bytes);
      } catch {
        continue;
      }
    }
    streams.push(bytes);
  }

  return streams;
}

/** The carried envelope's text, and what carried it; null when the file is not a report. */
export function findEnvelope(file: Buffer): { carrier: Carrier; text: string } | null {
  if (file.subarray(0, 5).toString('latin1') === '%PDF-') {
    for (const stream of embeddedStreams(file)) {
      const text = scan(stream.toString('utf8'));
      if (text) return { carrier: 'pdf', text };
    }

    return null;
  }

  const text = file.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('{')) return { carrier: 'json', text };
  const isHtml = /^\s*<!doctype html|<html[\s>]/i.test(text);
  if (isHtml) {
    const at = text.indexOf(SCRIPT_OPEN);
    const end = at < 0 ? -1 : text.indexOf('</script>', at);
    if (end < 0) return null;

    return { carrier: 'html', text: text.slice(at + SCRIPT_OPEN.length, end) };
  }
  const found = scan(text);

  return found ? { carrier: 'markdown', text: found } : null;
}
