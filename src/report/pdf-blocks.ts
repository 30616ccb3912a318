/**
 * The blocks a PDF report is made of, in the order they come: the facts of
 * the visit, a review's changes since the previous report, the score table, one block per item, and the closing part with
 * the risks, the sign-off, the signature boxes and the QR code.
 */
import type { ItemView, ReportView } from './model.js';
import {
  ACCENT,
  COLOURS,
  drawQr,
  INK,
  MARGIN,
  MUTED,
  type Layout,
} from './pdf-layout.js';
import type { QrMatrix } from './qr.js';

export function facts(layout: Layout, view: ReportView) {
  const labelWidth = 165;
  const labelText = { size: 9, bold: true, width: labelWidth, gap: 0 };
  const valueText = {
    size: 9,
    x: layout.left + labelWidth + 8,
    width: layout.width - labelWidth - 8,
    gap: 0,
  };
  for (const [label, value] of view.facts) {
    const height = Math.max(
      layout.height(label, labelText),
      layout.height(value, valueText),
    );
    layout.room(height + 3);
    const y = layout.doc.y;
    layout.text(label, labelText);
    layout.doc.y = y;
    layout.text(value, valueText);
    layout.doc.y = y + height + 3;
  }
}

/** A review's changes since the previous report; nothing for a first report. */
export function reviewBlock(layout: Layout, view: ReportView) {
  const review = view.review;
  if (!review) return;
  layout.heading(review.heading);
  layout.text(review.intro, { size: 8.5, color: MUTED, gap: 4 });
  if (review.unchanged) layout.text(review.unchanged);
  for (const group of review.groups) {
    layout.room(40);
    layout.text(group.title, { size: 10, bold: true, color: ACCENT, gap: 1 });
    for (const line of group.lines) layout.text(`• ${line}`, { size: 8.5, gap: 1.5 });
    layout.doc.y += 3;
  }
}

export function scores(layout: Layout, view: ReportView) {
  const s = view.m.report.summary;
  const doc = layout.doc;
  const widths = [115, 48, 48, 48, 48, 48, 48];
  const last = layout.width - widths.reduce((a, b) => a + b, 0);
  const columns = [...widths, last];
  const row = (cells: string[], bold: boolean, size = 8) => {
    let x = layout.left;
    const options = columns.map((column, index) => {
      const cell = {
        size,
        bold,
        x: x + 2,
        width: column - 4,
        gap: 0,
        align: index === 0 ? ('left' as const) : ('right' as const),
      };
      x += column;
      return cell;
    });
    const height = Math.max(
      ...cells.map((cell, index) => layout.height(cell, options[index])),
    );
    layout.room(height + 4);
    const y = doc.y;
    cells.forEach((cell, index) => {
      doc.y = y;
      layout.text(cell, options[index]);
    });
    doc.y = y + height + 2;
    doc
      .moveTo(layout.left, doc.y)
      .lineTo(layout.left + layout.width, doc.y)
      .lineWidth(0.3)
      .strokeColor('#cccccc')
      .stroke();
    doc.y += 2;
  };
  const cells = (score: ReportView['total']) => [
    score.title,
    ...[
      score.score.compliant,
      score.score.notCompliant,
      score.score.riskAccepted,
      score.score.notChecked,
      score.score.counted,
    ].map(String),
    score.leftOut,
    `${score.ratio} · ${score.percent}`,
  ];

  layout.heading(s.scoreHeading);
  row(
    [
      s.section,
      s.compliant,
      s.notCompliant,
      s.riskAccepted,
      s.notChecked,
      s.counted,
      s.leftOut,
      s.score,
    ],
    true,
    7,
  );
  for (const score of view.scores) row(cells(score), false);
  row(cells(view.total), true);
  layout.text(s.explain, { size: 7.5, color: MUTED });
}

export function itemBlock(layout: Layout, view: ReportView, item: ItemView) {
  const m = view.m.report;
  const doc = layout.doc;
  const inner = layout.width - 14;
  const x = layout.left + 10;
  // Pale grey would be too pale for text: not applicable items get a darker one.
  const colour = item.status === 'not-applicable' ? '#777777' : COLOURS[item.status];
  type Line = {
    text: string;
    size: number;
    bold?: boolean;
    color?: string;
    lead?: { text: string; color?: string };
  };
  const labelled = (label: string, text: string): Line => ({
    text,
    size: 8.5,
    lead: { text: m.labelled({ label, text: '' }) },
  });
  const lines: Line[] = [
    {
      text: item.title,
      size: 9.5,
      bold: true,
      lead: { text: `${item.mark} ${item.statusWord}  —  `, color: colour },
    },
    { text: `${m.label.chapter} ${item.chapter} · ${item.id}`, size: 7.5, color: MUTED },
  ];
  if (item.recommendation) lines.push({ text: item.recommendation, size: 8.5 });
  if (item.value !== null) lines.push(labelled(m.label.value, item.value));
  if (item.reason) lines.push(labelled(m.label.reason, item.reason));
  for (const note of item.notes) lines.push({ text: note, size: 7.5, color: MUTED });
  const texts = lines.map((line) => ({
    text: line.text,
    options: {
      size: line.size,
      bold: line.bold ?? false,
      color: line.color ?? INK,
      x,
      width: inner,
      gap: 1.5,
      ...(line.lead ? { lead: line.lead } : {}),
    },
  }));
  const height =
    texts.reduce(
      (sum, { text, options }) => sum + layout.height(text, options) + 1.5,
      0,
    ) + 8;

  const frame = (top: number, bottom: number) => {
    doc
      .rect(layout.left, top, layout.width, bottom - top)
      .lineWidth(0.4)
      .strokeColor('#d5d9df')
      .stroke();
    doc.rect(layout.left, top, 4, bottom - top).fill(COLOURS[item.status]);
  };
  const page = layout.bottom - MARGIN.top;
  if (height + 4 <= page) {
    layout.room(height + 4);
    const top = doc.y;
    frame(top, top + height);
    doc.y = top + 4;
    for (const { text, options } of texts) layout.text(text, options);
    doc.y = top + height + 4;
    return;
  }
  // Taller than a page (a reason pages long): it starts where it is, its
  // text runs on over the pages it needs, and each page's part is framed
  // once the text is drawn.
  layout.room(60);
  const top = doc.y;
  const first = doc.bufferedPageRange().count - 1;
  doc.y = top + 4;
  for (const { text, options } of texts) layout.text(text, options);
  const last = doc.bufferedPageRange().count - 1;
  const end = doc.y + 4;
  for (let index = first; index <= last; index++) {
    doc.switchToPage(doc.bufferedPageRange().start + index);
    frame(index === first ? top : MARGIN.top - 4, index === last ? end : layout.bottom);
  }
  doc.y = end + 4;
}

export function closing(layout: Layout, view: ReportView, matrix: QrMatrix) {
  const m = view.m.report;
  const doc = layout.doc;

  layout.heading(m.risksHeading);
  if (view.risks.length === 0) layout.text(m.noRisks);
  for (const risk of view.risks) {
    const text = `${risk.line}${risk.reason ? ` ${risk.reason}` : ''}`;
    layout.text(text, { lead: { text: `${risk.title}. ` }, gap: 4 });
  }
  layout.text(view.nextReview, { gap: 4 });

  layout.heading(m.signOffHeading);
  if (view.signOff) for (const line of view.signOff) layout.text(line, { gap: 4 });
  else layout.text(m.notSignedOff, { bold: true, color: COLOURS['not-compliant'] });
  layout.room(105);
  layout.text(m.handSigned, { size: 9, bold: true, gap: 0 });
  const boxY = doc.y + 4;
  const boxWidth = (layout.width - 16) / 2;
  for (const [index, label] of [m.handCustomer, m.handInstaller].entries()) {
    const x = layout.left + index * (boxWidth + 16);
    doc.rect(x, boxY, boxWidth, 70).lineWidth(0.4).strokeColor('#999999').stroke();
    doc.y = boxY + 4;
    layout.text(label, { size: 7.5, color: MUTED, x: x + 4, width: boxWidth - 8 });
  }
  doc.y = boxY + 80;

  layout.room(150);
  layout.heading(m.checkHeading);
  const side = 110;
  const top = doc.y;
  drawQr(doc, matrix, layout.left + layout.width - side, top, side);
  const width = layout.width - side - 14;
  layout.text(m.checkText, { size: 8, color: MUTED, width, gap: 6 });
  layout.text(m.label.digest, { size: 8.5, bold: true, width, gap: 0 });
  layout.text(view.digest, { size: 8.5, width, gap: 5 });
  layout.text(m.label.fingerprint, { size: 8.5, bold: true, width, gap: 0 });
  layout.text(view.fingerprint, { size: 8.5, width });
  doc.y = Math.max(doc.y, top + side + 6);
}
