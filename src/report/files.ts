/**
 * From a visit to report files on disk: sign the record, render each format
 * asked for, write them under names every system accepts. This is what the
 * `report` command and the end of the wizard both call.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Visit } from '../answers.js';
import { installerKey, type InstallerKey } from '../keys.js';
import { buildRecord, type RecordOptions, type ReportRecord } from '../record.js';
import { envelopeText, signRecord, type SignedReport } from '../signature.js';
import { renderHtml, type ReportLang } from './html.js';
import { renderMarkdown } from './markdown.js';

export type ReportFormat = 'json' | 'html' | 'md' | 'pdf';
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'html', 'md', 'pdf'];

/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name part that Windows, macOS, Linux, zip archives and mail
 * attachments all keep intact: accents dropped ("Éloi" → "Eloi"), anything
 * but letters, digits, dots and dashes turned into a dash.
 */
export function portableName(text: string): string {
  const ascii = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const name = ascii
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60)
    .replace(/[-.]+$/, '');
  if (!name) return 'site';

  return RESERVED.test(name) ? `${name}-site` : name;
}

/**
 * "Clinique-Saint-Eloi_2025-03-14_fr.pdf"; the JSON is the same in every
 * language. A second report of the site on the same day is "…_2025-03-14-2_fr.pdf".
 */
export function reportFileName(
  record: ReportRecord,
  format: ReportFormat,
  lang: ReportLang,
  copy = 1,
): string {
  const day = copy > 1 ? `${record.visitDate}-${copy}` : record.visitDate;
  const base = `${portableName(record.site.name)}_${day}`;
  const suffix = format === 'json' ? '' : `_${lang === 'both' ? 'fr-en' : lang}`;

  return `${base}${suffix}.${format}`;
}

export async function renderFormat(
  report: SignedReport,
  format: ReportFormat,
  lang: ReportLang,
): Promise<Buffer> {
  switch (format) {
    case 'json':
      return Buffer.from(envelopeText(report), 'utf8');
    case 'html':
      return Buffer.from(await renderHtml(report, lang), 'utf8');
    case 'md':
      return Buffer.from(renderMarkdown(report, lang), 'utf8');
    case 'pdf': {
      const { renderPdf } = await import('./pdf.js');
      return renderPdf(report, lang);
    }
  }
}

/** The visit's record, signed with the installer's key (created on first use). */
export function signVisit(
  visit: Visit,
  options: RecordOptions & { home: string },
): { report: SignedReport; key: InstallerKey } {
  const key = installerKey(options.home);
  const record = buildRecord(visit, options);

  return { report: signRecord(record, key), key };
}

/**
 * Writes each format into `dir` (created if need be) and returns the paths.
 * Each file is written beside its final name and then renamed, so that an
 * interrupted run never leaves half a report under a report's name.
 */
export async function writeReports(
  report: SignedReport,
  {
    dir,
    formats,
    lang,
  }: { dir: string; formats: readonly ReportFormat[]; lang: ReportLang },
): Promise<string[]> {
  const rendered = await Promise.all(
    formats.map((format) => renderFormat(report, format, lang)),
  );
  mkdirSync(dir, { recursive: true });
  // A signed report is never written over: a second one of the same site
  // and day (a review, another language, the same visit written again)
  // takes the next number, the same for all its formats.
  const pathsOf = (copy: number) =>
    formats.map((format) => join(dir, reportFileName(report.record, format, lang, copy)));
  let copy = 1;
  while (pathsOf(copy).some((path) => existsSync(path))) copy++;
  const paths = pathsOf(copy);

  return paths.map((path, index) => {
    const partial = `${path}.${process.pid}.partial`;
    try {
      writeFileSync(partial, rendered[index]!);
      renameSync(partial, path);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }

    return path;
  });
}
