/**
 * The page's only style sheet, inline. Fonts are the reader's own (DejaVu
 * Sans first, as in the PDF): a report must never fetch anything. Colours
 * are kept when printing, because the status colours carry meaning; the
 * marks and words carry it too, for black-and-white printers.
 */
export const HTML_STYLE = `
@page { size: A4; margin: 15mm 14mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 190mm; padding: 8mm 6mm; color: #1a1a1a;
  font: 10.5pt/1.4 "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 19pt; margin: 0 0 1mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 0.4mm solid #1f3b63;
  color: #1f3b63; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 0; flex: 1; }
header { border-bottom: 1mm solid #1f3b63; margin-bottom: 4mm; padding-bottom: 2mm; }
.sub { margin: 0; color: #555; }
article + article { break-before: page; page-break-before: always; }
table { border-collapse: collapse; width: 100%; }
.facts th { text-align: left; font-weight: 600; width: 34%; padding: 1mm 2mm 1mm 0; vertical-align: top; }
.facts td { padding: 1mm 0; }
.facts tr + tr { border-top: 0.2mm solid #ddd; }
.scores { font-size: 8.5pt; }
.scores tr { break-inside: avoid; page-break-inside: avoid; }
.scores th:first-child { width: 24%; }
.scores th, .scores td { padding: 1mm 1.5mm; border-bottom: 0.2mm solid #ccc; text-align: left; }
.scores thead th { background: #eef2f7; font-weight: 600; }
.scores .n { text-align: right; }
.scores td.n { white-space: nowrap; }
.scores td.score { white-space: normal; min-width: 18mm; }
.scores thead th { vertical-align: bottom; hyphens: auto; }
.scores .total th, .scores .total td { border-top: 0.4mm solid #1f3b63; font-weight: 600; }
.small, .intro { font-size: 8.5pt; color: #555; }
.intro { margin: 0 0 2mm; }
.advice { padding-left: 5mm; }
.advice .warn { color: #8a5300; font-weight: 600; }
.item { break-inside: avoid; page-break-inside: avoid; border: 0.3mm solid #d5d9df;
  border-left: 1.6mm solid #999; border-radius: 1mm; padding: 2mm 3mm; margin: 0 0 2.5mm; }
.item .head { display: flex; gap: 3mm; align-items: baseline; flex-wrap: wrap; }
.item .status { font-weight: 700; white-space: nowrap; min-width: 30mm; }
.item .ref { font-size: 7.5pt; color: #777; text-align: right; margin: 0.5mm 0 0; }
.item .reco { margin: 1mm 0 0; }
.item dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 3mm; margin: 1.5mm 0 0; }
.item dt { font-weight: 600; }
.item dd { margin: 0; }
.item .note { margin: 1mm 0 0; font-size: 8.5pt; color: #555; font-style: italic; }
.s-compliant { border-left-color: #1e7b34; } .s-compliant .status { color: #1e7b34; }
.s-not-compliant { border-left-color: #b3261e; } .s-not-compliant .status { color: #b3261e; }
.s-risk-accepted { border-left-color: #b26a00; } .s-risk-accepted .status { color: #b26a00; }
.s-not-checked { border-left-color: #6b6b6b; } .s-not-checked .status { color: #6b6b6b; }
.s-not-applicable { border-left-color: #b8b8b8; } .s-not-applicable .status { color: #777; }
.signoff, .check { break-inside: avoid; page-break-inside: avoid; }
.unsigned { font-weight: 700; color: #b3261e; border: 0.4mm solid #b3261e; padding: 2mm 3mm; }
.hand-title { margin: 4mm 0 0; font-size: 9.5pt; }
.hand { display: flex; gap: 8mm; margin-top: 1.5mm; }
.hand div { flex: 1; height: 24mm; border: 0.3mm solid #999; padding: 1.5mm 2mm; font-size: 8.5pt; color: #555; }
.check { display: flex; gap: 6mm; align-items: flex-start; margin-top: 6mm; border-top: 0.4mm solid #1f3b63; }
.check h2 { border: 0; margin-top: 3mm; }
.check .qr svg { width: 38mm; height: 38mm; margin-top: 3mm; }
.check code { font: 9pt/1.3 "DejaVu Sans Mono", Consolas, monospace; overflow-wrap: anywhere; }
.label { font-weight: 600; }
.review h3 { margin: 3mm 0 0; }
.review ul { margin: 1mm 0 0; padding-left: 5mm; }
`.trim();
