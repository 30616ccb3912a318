/**
 * `dist/report-libraries.cjs`: pdfkit, its font engine and the QR encoder,
 * bundled into one script that the launcher runs the first time a report
 * is made in the program's own thread (the `report` and `review`
 * commands). Loaded from node_modules they cost more to find and compile
 * than to run; as a script, V8 starts them from the code it kept when the
 * first report was made.
 */
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/** Under the names the program imports them by. */
export const libraries = { pdfkit: PDFDocument, fontkit, qrcode: QRCode };
