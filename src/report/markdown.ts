/**
 * The report as Markdown, for a ticket, a wiki or a plain-text archive. It
 * reads well raw as well as rendered; every typed text is escaped so that a
 * name or a reason can never turn into markup or break a table.
 */
import { envelopeText, type SignedReport } from '../signature.js';
import { markdownCarrier } from './carrier.js';
import { escapeMarkdown as e } from './escape.js';
import { langsOf, type ReportLang } from './html.js';
import { reportView, type ItemView, type ReportView } from './model.js';

/** First line of every Markdown report: how `verify` knows what to render again. */
const MARKER = (lang: ReportLang) => `<!-- oxo-harden report, lang=${lang} -->`;

function scores(view: ReportView): string[] {
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
  ];
  const row = (score: ReportView['total'], bold = false) => {
    const title = bold ? `**${e(score.title)}**` : e(score.title);
    const { compliant, notCompliant, riskAccepted, notChecked, counted } = score.score;
    const cells = [compliant, notCompliant, riskAccepted, notChecked, counted].map(
      String,
    );

    return `| ${[title, ...cells, e(score.leftOut), `${e(score.ratio)} · ${e(score.percent)}`].join(' | ')} |`;
  };

  return [
    `## ${e(s.scoreHeading)}`,
    '',
    `| ${head.map(e).join(' | ')} |`,
    `|${head.map((_, index) => (index === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...view.scores.map((score) => row(score)),
    row(view.total, true),
    '',
    `_${e(s.explain)}_`,
  ];
}

/** A review's changes since the previous report; nothing for a first report. */
function review(view: ReportView): string[] {
  const section = view.review;
  if (!section) return [];
  const lines = [`## ${e(section.heading)}`, '', `_${e(section.intro)}_`, ''];
  if (section.unchanged) lines.push(e(section.unchanged), '');
  for (const group of section.groups) {
    lines.push(
      `### ${e(group.title)}`,
      '',
      ...group.lines.map((line) => `- ${e(line)}`),
      '',
    );
  }

  return lines;
}

function item(view: ReportView, entry: ItemView): string[] {
  const m = view.m.report;
  const lines = [
    `### ${entry.mark} ${e(entry.title)}`,
    '',
    `**${e(entry.statusWord)}** · ${e(m.label.chapter)} ${e(entry.chapter)} · \`${entry.id}\``,
    '',
  ];
  if (entry.recommendation) lines.push(e(entry.recommendation), '');
  const labelled = (label: string, text: string) =>
    `- ${m.labelled({ label: `**${e(label)}**`, text: e(text) })}`;
  if (entry.value !== null) lines.push(labelled(m.label.value, entry.value));
  if (entry.reason) lines.push(labelled(m.label.reason, entry.reason));
  for (const note of entry.notes) lines.push(`- _${e(note)}_`);
  if (lines[lines.length - 1] !== '') lines.push('');

  return lines;
}

function part(view: ReportView): string[] {
  const m = view.m.report;
  const lines = [`# ${e(m.title)}`, '', `_${e(m.subtitle)}_`, ''];
  const labelled = (label: string, text: string) =>
    `- ${m.labelled({ label: `**${e(label)}**`, text })}`;
  for (const [label, value] of view.facts) lines.push(labelled(label, e(value)));
  lines.push('', `## ${e(m.releaseHeading)}`, '');
  for (const text of view.warnings) lines.push(`- **${e(text)}**`);
  for (const text of view.advice) lines.push(`- ${e(text)}`);
  lines.push('', ...review(view), ...scores(view), '');

  for (const section of view.sections) {
    lines.push(`## ${e(section.title)}`, '', `_${e(section.intro)}_`, '');
    for (const entry of section.items) lines.push(...item(view, entry));
  }

  lines.push(`## ${e(m.risksHeading)}`, '');
  if (view.risks.length === 0) lines.push(e(m.noRisks));
  for (const risk of view.risks) {
    const text = `${e(risk.line)}${risk.reason ? ` ${e(risk.reason)}` : ''}`;
    lines.push(labelled(risk.title, text));
  }
  lines.push('', e(view.nextReview), '', `## ${e(m.signOffHeading)}`, '');
  if (view.signOff) for (const line of view.signOff) lines.push(e(line), '');
  else lines.push(`**${e(m.notSignedOff)}**`, '');

  lines.push(
    `## ${e(m.checkHeading)}`,
    '',
    e(m.checkText),
    '',
    labelled(m.label.digest, `\`${view.digest}\``),
    labelled(m.label.fingerprint, `\`${view.fingerprint}\``),
    '',
  );

  return lines;
}

export function renderMarkdown(report: SignedReport, lang: ReportLang): string {
  const parts = langsOf(lang).map((one) => part(reportView(report, one)));

  return [
    MARKER(lang),
    '',
    ...parts.flatMap((lines, index) => (index > 0 ? ['---', '', ...lines] : lines)),
    markdownCarrier(envelopeText(report)),
    '',
  ].join('\n');
}

export function markdownLang(text: string): ReportLang | null {
  const match = /^<!-- oxo-harden report, lang=(fr|en|both) -->/.exec(text);

  return (match?.[1] as ReportLang | undefined) ?? null;
}
