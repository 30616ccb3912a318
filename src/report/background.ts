/**
 * Writing the wizard's reports in a worker thread when the built program
 * ships one (dist/report-worker.js, beside the command), and in this thread
 * otherwise, as from the sources. A worker that cannot start or dies is
 * given up for this thread's way: the report is written either way.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { SignedReport } from '../signature.js';
import { writeReports, type ReportFormat } from './files.js';
import type { ReportLang } from './html.js';
import { prepareReports } from './prepare.js';
import type { Rehearsal, WorkerReply, WorkerRequest } from './worker.js';

export interface WriteOptions {
  dir: string;
  formats: readonly ReportFormat[];
  lang: ReportLang;
}

export interface ReportWriter {
  /**
   * Loads the report code ahead once `ready` says so: in the worker at once,
   * rehearsing the visit's report too; here a step at a time.
   */
  prepare(ready: () => Promise<void>, rehearsal?: Rehearsal): void;
  write(report: SignedReport, options: WriteOptions): Promise<string[]>;
  /** True while a worker thread does the work. */
  readonly threaded: boolean;
}

interface Job {
  resolve: (paths: string[]) => void;
  reject: (error: Error) => void;
}

export function reportWriter(workerFile: URL): ReportWriter {
  let worker: Worker | null | undefined;
  const jobs = new Map<number, Job>();
  let nextId = 1;
  let prepared = false;

  const giveUp = (error: Error) => {
    worker = null;
    for (const job of jobs.values()) job.reject(error);
    jobs.clear();
  };

  const thread = (): Worker | null => {
    if (worker !== undefined) return worker;
    if (!existsSync(workerFile)) return (worker = null);
    try {
      const started = new Worker(workerFile);
      started.on('message', (reply: WorkerReply) => {
        const job = jobs.get(reply.id);
        if (!job) return;
        jobs.delete(reply.id);
        if (jobs.size === 0) started.unref();
        if (reply.kind === 'written') return job.resolve(reply.paths);
        job.reject(Object.assign(new Error(reply.message), { code: reply.code }));
      });
      started.on('error', giveUp);
      started.on('exit', () => giveUp(new Error('the report worker stopped')));
      // Never what keeps the process alive once the wizard has ended; after
      // the listeners, which would otherwise hold it again.
      started.unref();
      worker = started;
    } catch {
      worker = null;
    }

    return worker;
  };

  return {
    get threaded() {
      return Boolean(worker);
    },
    prepare(ready, rehearsal) {
      if (prepared) return;
      prepared = true;
      // Even in a thread of its own, loading takes a core that keys typed
      // on a two-core laptop want: it starts at the first pause too.
      void ready().then(() => {
        const running = thread();
        if (running)
          running.postMessage({ kind: 'prepare', rehearsal } satisfies WorkerRequest);
        else void prepareReports(ready);
      });
    },
    async write(report, options) {
      const running = thread();
      if (!running) return writeReports(report, options);
      const id = nextId++;
      const written = new Promise<string[]>((resolve, reject) =>
        jobs.set(id, { resolve, reject }),
      );
      // A report on its way holds the process until it is written.
      running.ref();
      running.postMessage({
        kind: 'write',
        id,
        report,
        ...options,
      } satisfies WorkerRequest);
      try {
        return await written;
      } catch (error) {
        // A refusal from the files themselves (a full disk, a read-only
        // folder) is the installer's to see; a worker that died is not.
        if ((error as NodeJS.ErrnoException).code !== undefined) throw error;
        return writeReports(report, options);
      }
    },
  };
}

/** The wizard's writer: the worker built beside this file, if there is one. */
export const backgroundReports = reportWriter(
  new URL('./report-worker.js', import.meta.url),
);
