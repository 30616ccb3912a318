/**
 * The report renderer in a thread of its own, for the wizard: it loads and
 * warms pdfkit while the installer reads the review, then renders and
 * writes the files at the sign-off, without the screen freezing for either.
 */
import { parentPort } from 'node:worker_threads';
import type { SignedReport } from '../signature.js';
import { writeReports, type ReportFormat } from './files.js';
import type { ReportLang } from './html.js';
import { prepareReports } from './prepare.js';

export type WorkerRequest =
  | { kind: 'prepare' }
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

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.kind === 'prepare') {
    void prepareReports();
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
