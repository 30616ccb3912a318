import { join } from 'node:path';
import { useEffect, useState } from 'react';
import type { Messages } from '../i18n.js';
import { groupFingerprint, KeyFileError, keyPath } from '../keys.js';
import type { ReportRecord } from '../record.js';
import { backgroundReports } from '../report/background.js';
import { REPORT_FORMATS, signVisit } from '../report/files.js';
import { signOptionsOf, type Session } from '../session/index.js';

export type ReportState =
  | { state: 'writing' }
  | {
      state: 'written';
      record: ReportRecord;
      paths: string[];
      digest: string;
      fingerprint: string;
      newKey: string | null;
    }
  | { state: 'failed'; detail: string };

/** Where the wizard writes a finished visit's report: beside the store, under `reports`. */
export function reportsDir(home: string): string {
  return join(home, 'reports');
}

/**
 * Signs the finished visit and writes its report once, as the last screen
 * appears; the record of a periodic review names the report it follows.
 * A failure leaves the visit finished and saved: the `report` command can
 * write it again from the session.
 */
export function useReport(
  session: Pick<Session, 'visit' | 'lang' | 'review'>,
  home: string,
  now: () => Date,
  m: Messages,
): ReportState {
  const [state, setState] = useState<ReportState>({ state: 'writing' });

  useEffect(() => {
    let live = true;
    const write = async (): Promise<ReportState> => {
      try {
        const { report, key } = signVisit(session.visit, {
          home,
          now: now(),
          ...signOptionsOf(session),
        });
        const paths = await backgroundReports.write(report, {
          dir: reportsDir(home),
          formats: REPORT_FORMATS,
          lang: session.lang,
        });

        return {
          state: 'written',
          record: report.record,
          paths,
          digest: report.digest,
          fingerprint: groupFingerprint(report.fingerprint),
          newKey: key.created ? keyPath(home) : null,
        };
      } catch (error) {
        if (error instanceof KeyFileError) {
          const { path, detail } = error;
          const text =
            error.code === 'unwritable'
              ? m.report.keyUnwritable({ path, detail })
              : m.report.keyUnreadable({ path, detail });
          return { state: 'failed', detail: text };
        }
        const { code, message } = error as NodeJS.ErrnoException;

        return { state: 'failed', detail: code ?? message };
      }
    };
    void write().then((result) => {
      if (live) setState(result);
    });

    return () => {
      live = false;
    };
    // The report is written once per finished visit, whatever re-renders.
  }, []);

  return state;
}
