/**
 * The report as one self-contained HTML page: inline CSS, the QR code as
 * inline SVG, no font, script or image fetched from anywhere, so it opens
 * the same offline, in a mail client or years later. It prints on A4 with
 * no item cut across two pages.
 */
import type { Lang } from '../i18n.js';
import { envelopeText, type SignedReport } from '../signature.js';
import { htmlCarrier } from './carrier.js';
import { escapeHtml as h } from './escape.js';
import { reportView, type ItemView, type ReportView } from './model.js';
import { qrMatrix, qrPayload, qrSvg } from './qr.js';
import { HTML_STYLE } from './html-style.js';

export type ReportLang = Lang | 'both';

export function langsOf(lang: ReportLang): Lang[] {
  return lang === 'both' ? ['fr', 'en'] : [lang];
}

function facts(view: ReportView): string {
  const rows = view.facts.map(
    ([label, value]) => `<tr><th>${h(label)}</th><td>${h(value)}</td></tr>`,
  );

  return `<table class="facts">${rows.join('')}</table>`;
}

function scores(view: ReportView): string {
  const s = view.m.report.summary;
  const head = [
    s.section,
    s.compliant,
    s.notCompliant,
    s.riskAccepted,
    s.notChecked,
    s.counted,
    s.leftOut,
    s.score,
  ]
    .map((label, index) => `<th${index > 0 ? ' class="n"' : ''}>${h(label)}</th>`)
    .join('');
  const row = (score: ReportView['total'], tag: 'td' | 'th') =>
    `<tr${tag === 'th' ? ' class="total"' : ''}><${tag}>${h(score.title)}</${tag}>` +
    [
      score.score.compliant,
      score.score.notCompliant,
      score.score.riskAccepted,
      score.score.notChecked,
      score.score.counted,
    ]
      .map((n) => `<td class="n">${n}</td>`)
      .join('') +
    `<td class="n">${h(score.leftOut)}</td>` +
    `<td class="n score"><b>${h(score.ratio)}</b><br>${h(score.percent)}</td></tr>`;

  return [
    `<h2>${h(s.scoreHeading)}</h2>`,
    `<table class="scores"><thead><tr>${head}</tr></thead><tbody>`,
    ...view.scores.map((score) => row(score, 'td')),
    row(view.total, 'th'),
    '</tbody></table>',
    `<p class="small">${h(s.explain)}</p>`,
  ].join('\n');
}

function releaseBlock(view: ReportView): string {
  const m = view.m.report;
  const warnings = view.warnings.map((text) => `<li class="warn">${h(text)}</li>`);
  const advice = view.advice.map((text) => `<li>${h(text)}</li>`);

  return `<h2>${h(m.releaseHeading)}</h2>\n<ul class="advice">${[...warnings, ...advice].join('')}</ul>`;
}

/** A review's changes since the previous report; nothing for a first report. */
function reviewBlock(view: ReportView): string[] {
  const review = view.review;
  if (!review) return [];
  const groups = review.groups.map(
    (group) =>
      `<h3>${h(group.title)}</h3><ul>${group.lines.map((line) => `<li>${h(line)}</li>`).join('')}</ul>`,
  );
  const unchanged = review.unchanged ? [`<p>${h(review.unchanged)}</p>`] : [];

  return [
    `<section class="review"><h2>${h(review.heading)}</h2>`,
    `<p class="small">${h(review.intro)}</p>`,
    ...unchanged,
    ...groups,
    '</section>',
  ];
}

function item(view: ReportView, item: ItemView): string {
  const m = view.m.report;
  const details: string[] = [];
  if (item.value !== null) {
    details.push(`<dt>${h(m.label.value)}</dt><dd>${h(item.value)}</dd>`);
  }
  if (item.reason)
    details.push(`<dt>${h(m.label.reason)}</dt><dd>${h(item.reason)}</dd>`);

  return [
    `<div class="item s-${item.status}">`,
    `<div class="head"><span class="status"><span class="mark">${item.mark}</span> ${h(item.statusWord)}</span>`,
    `<h3>${h(item.title)}</h3></div>`,
    item.recommendation ? `<p class="reco">${h(item.recommendation)}</p>` : '',
    details.length > 0 ? `<dl>${details.join('')}</dl>` : '',
    ...item.notes.map((note) => `<p class="note">${h(note)}</p>`),
    `<p class="ref">${h(m.label.chapter)} ${h(item.chapter)} · ${h(item.id)}</p>`,
    '</div>',
  ].join('');
}

function risks(view: ReportView): string {
  const m = view.m.report;
  const entries = view.risks.map(
    (risk) =>
      `<li><b>${h(risk.title)}</b>. ${h(risk.line)}${risk.reason ? ` ${h(risk.reason)}` : ''}</li>`,
  );

  return `<h2>${h(m.risksHeading)}</h2>\n${
    entries.length > 0 ? `<ul>${entries.join('')}</ul>` : `<p>${h(m.noRisks)}</p>`
  }\n<p>${h(view.nextReview)}</p>`;
}

function signOff(view: ReportView): string {
  const m = view.m.report;
  const body = view.signOff
    ? view.signOff.map((line) => `<p>${h(line)}</p>`).join('')
    : `<p class="unsigned">${h(m.notSignedOff)}</p>`;

  return [
    `<section class="signoff"><h2>${h(m.signOffHeading)}</h2>${body}`,
    `<h3 class="hand-title">${h(m.handSigned)}</h3>`,
    `<div class="hand"><div><span>${h(m.handCustomer)}</span></div><div><span>${h(m.handInstaller)}</span></div></div>`,
    '</section>',
  ].join('\n');
}

function check(view: ReportView, svg: string): string {
  const m = view.m.report;

  return [
    `<section class="check"><div class="qr">${svg}</div><div>`,
    `<h2>${h(m.checkHeading)}</h2><p class="small">${h(m.checkText)}</p>`,
    `<p><span class="label">${h(m.label.digest)}</span><br><code>${h(view.digest)}</code></p>`,
    `<p><span class="label">${h(m.label.fingerprint)}</span><br><code>${h(view.fingerprint)}</code></p>`,
    '</div></section>',
  ].join('\n');
}

function article(view: ReportView, svg: string): string {
  const m = view.m.report;

  return [
    `<article lang="${view.lang}">`,
    `<header><h1>${h(m.title)}</h1><p class="sub">${h(m.subtitle)}</p></header>`,
    facts(view),
    releaseBlock(view),
    ...reviewBlock(view),
    scores(view),
    ...view.sections.map(
      (section) =>
        `<section class="items"><h2>${h(section.title)}</h2><p class="intro">${h(section.intro)}</p>\n` +
        section.items.map((entry) => item(view, entry)).join('\n') +
        '</section>',
    ),
    risks(view),
    signOff(view),
    check(view, svg),
    '</article>',
  ].join('\n');
}

/** The whole page; the same report and language always give the same bytes. */
export async function renderHtml(
  report: SignedReport,
  lang: ReportLang,
): Promise<string> {
  const views = langsOf(lang).map((one) => reportView(report, one));
  const first = views[0]!;
  const svg = qrSvg(
    await qrMatrix(qrPayload(report.digest, report.fingerprint)),
    first.m.report.qrTitle,
  );
  const record = report.record;
  const title = `${first.m.report.title} — ${record.site.name} — ${record.visitDate}`;

  return [
    '<!doctype html>',
    `<html lang="${first.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="oxo-harden ${h(record.tool.version)}">`,
    `<meta name="oxo-harden-report-lang" content="${lang}">`,
    `<title>${h(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    ...views.map((view) => article(view, svg)),
    htmlCarrier(envelopeText(report)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The language a page was rendered in, read back from the page. */
export function htmlLang(page: string): ReportLang | null {
  const match = /<meta name="oxo-harden-report-lang" content="(fr|en|both)">/.exec(page);

  return (match?.[1] as ReportLang | undefined) ?? null;
}
