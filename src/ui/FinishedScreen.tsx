import { Box } from 'ink';
import { useEffect } from 'react';
import type { Session } from '../session/index.js';
import { Frame } from './Frame.js';
import { reviewBlocks } from './review-words.js';
import { Heading } from './Heading.js';
import { Pager, type Block } from './Pager.js';
import { useUi } from './UiContext.js';
import { reportsDir, useReport } from './use-report.js';

interface Props {
  session: Session;
  home: string;
  now: () => Date;
  /** The report is on disk: the visit is no longer one to offer again. */
  onWritten: () => void;
  onLeave: () => void;
}

/** The signed report written, where it is, and the fingerprint the customer can check it by. */
export function FinishedScreen({ session, home, now, onWritten, onLeave }: Props) {
  const { m, out, body } = useUi();
  const words = m.wizard.finished;
  const report = useReport(session, home, now, m);
  const written = report.state === 'written';
  useEffect(() => {
    if (written) onWritten();
    // onWritten is a new function at every draw; the files land only once.
  }, [written]);
  const blocks: Block[] = [];
  if (report.state === 'writing')
    blocks.push({ text: `${words.writing}${out.sym.ellipsis}` });
  if (report.state === 'failed') {
    blocks.push({
      text: words.failed({
        detail: report.detail,
        id: session.id,
        dir: reportsDir(home),
      }),
      tone: 'fail',
      mark: out.sym.fail,
    });
  }
  if (report.state === 'written') {
    for (const path of report.paths)
      blocks.push({ text: words.wrote({ path }), mark: out.sym.ok, tone: 'ok' });
    blocks.push({
      text: words.fingerprint({ fingerprint: report.fingerprint }),
      tone: 'strong',
      gap: true,
    });
    blocks.push({ text: words.digest({ digest: report.digest }), tone: 'dim' });
    if (session.review) blocks.push(...reviewBlocks(m, out, report.record));
    if (report.newKey)
      blocks.push({
        text: words.newKey({ path: report.newKey }),
        mark: out.sym.info,
        gap: true,
      });
  }
  blocks.push({ text: words.session({ id: session.id }), tone: 'dim', gap: true });
  if (report.state !== 'writing')
    blocks.push({ text: words.leave, tone: 'accent', gap: true });

  return (
    <Frame session={session} hints={['scroll', 'confirm']}>
      <Heading text={session.review ? m.review.wizard.finished.heading : words.heading} />
      <Box marginTop={1}>
        <Pager
          blocks={blocks}
          rows={body - 2}
          onEnter={() => report.state !== 'writing' && onLeave()}
          onEscape={() => report.state !== 'writing' && onLeave()}
        />
      </Box>
    </Frame>
  );
}
