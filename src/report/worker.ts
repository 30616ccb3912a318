/**
 * The report renderer in a thread of its own, for the wizard: it loads
 * pdfkit and rehearses the visit's report while the installer reads the
 * review, then renders and writes the files at the sign-off, without the
 * screen freezing for either.
 */
import { parentPort } from 'node:worker_threads';
import type { Visit } from '../answers.js';
import { throwawayKey } from '../keys.js';
import { buildRecord, type RecordOptions } from '../record.js';
import { signRecord, type SignedReport } from '../signature.js';
import {
  renderFormat,
  REPORT_FORMATS,
  writeReports,
  type ReportFormat,
} from './files.js';
import type { ReportLang } from './html.js';
import { prepareReports } from './prepare.js';

/** The visit as it stands, to render once unsigned so that the real one finds everything warm. */
export interface Rehearsal {
  visit: Visit;
  lang: ReportLang;
  options: Omit<RecordOptions, 'now'>;
}

export type WorkerRequest =
  | { kind: 'prepare'; rehearsal?: Rehearsal | undefined }
  | {
      kind: 'write';
      id: number;
      report: SignedReport;
      dir: string;
      formats: readonly ReportFormat[];
      lang: ReportLang;
    };

export type WorkerReply =
  | { kind: 'written'; id: number; paths: string[] }
  | { kind: 'failed'; id: number; code: string | undefined; message: string };

async function rehearse({ visit, lang, options }: Rehearsal): Promise<void> {
  const record = buildRecord(visit, { ...options, now: new Date() });
  const report = signRecord(record, throwawayKey());
  for (const format of REPORT_FORMATS) await renderFormat(report, format, lang);
}

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'prepare') {
    const { rehearsal } = request;
    // A visit not yet fit for a record is simply not rehearsed: the
    // sign-off tells what is missing.
    void prepareReports()
      .then(() => (rehearsal ? rehearse(rehearsal) : undefined))
      .catch(() => undefined);
    return;
  }
  const { id, report, dir, formats, lang } = request;
  writeReports(report, { dir, formats, lang }).then(
    (paths) =>
      parentPort?.postMessage({ kind: 'written', id, paths } satisfies WorkerReply),
    (error: unknown) => {
      const { code, message } = error as NodeJS.ErrnoException;
      parentPort?.postMessage({
        kind: 'failed',
        id,
        code,
        message: String(message ?? error),
      } satisfies WorkerReply);
    },
  );
});
