/**
 * The QR code at the foot of a report: the record's digest and the signer's
 * fingerprint, so that a phone held over a paper copy signed by hand finds
 * the file it belongs to. The module matrix comes from `qrcode`; drawing it
 * is ours, identical in the SVG of the HTML page and the rectangles of the
 * PDF. `qrcode` loads only when a report is made.
 */
import { escapeHtml } from './escape.js';

/** A square of modules, `dark(x, y)` true for a black one. */
export interface QrMatrix {
  size: number;
  dark(x: number, y: number): boolean;
}

/** The quiet zone the QR standard asks for around the symbol, in modules. */
export const QUIET_ZONE = 4;

/** What the code holds: one line a phone shows as is, and a script can split. */
export function qrPayload(digest: string, fingerprint: string): string {
  return `oxo-harden report ${digest} signer ${fingerprint}`;
}

let last: { text: string; matrix: Promise<QrMatrix> } | null = null;

/**
 * The HTML page and the PDF of a report draw the same code: it is encoded
 * once, which on a first report costs more than either file's own drawing.
 */
export function qrMatrix(text: string): Promise<QrMatrix> {
  if (last?.text !== text) {
    const matrix = import('qrcode').then(({ default: QRCode }) => {
      const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
      return {
        size: modules.size,
        dark: (x: number, y: number) => Boolean(modules.get(y, x)),
      };
    });
    last = { text, matrix };
  }

  return last.matrix;
}

/** One path for every dark module: small, sharp when printed, no script, no image file. */
export function qrSvg(matrix: QrMatrix, label: string): string {
  const title = escapeHtml(label);
  const side = matrix.size + 2 * QUIET_ZONE;
  let path = '';
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) {
      if (matrix.dark(x, y)) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" `,
    `shape-rendering="crispEdges" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="${side}" height="${side}" fill="#fff"/>`,
    `<path fill="#000" d="${path}"/>`,
    '</svg>',
  ].join('');
}
