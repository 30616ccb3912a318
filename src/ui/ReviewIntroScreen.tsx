import { Box } from 'ink';
import { shortRelease } from '../review/index.js';
import { endingSoonOf } from '../session/index.js';
import { Frame } from './Frame.js';
import { Heading } from './Heading.js';
import { itemWords } from './ItemDetails.js';
import { Pager, type Block } from './Pager.js';
import { leftText } from './review-words.js';
import { useUi } from './UiContext.js';
import type { Opening } from './use-review-start.js';

interface Props {
  opening: Opening;
  now: () => Date;
  onBegin: () => void;
  onBack: () => void;
}

/**
 * What the review of a verified report will be, before its first screen:
 * the report it follows, what is carried forward, what must be answered
 * again, and the acceptances that have ended or soon will.
 */
export function ReviewIntroScreen({ opening, now, onBegin, onBack }: Props) {
  const { m, out, body, sections } = useUi();
  const words = m.review.wizard.intro;
  const { report, session } = opening;
  const { record } = report;
  const review = session.review!;
  const items = sections.flatMap((section) => section.items);
  const title = (id: string) => {
    const item = items.find((one) => one.id === id);
    return item ? `${item.chapter} ${itemWords(m, item)?.title ?? id}` : id;
  };
  const carried = Object.values(session.visit.answers).filter(
    (answer) => answer.source === 'previous',
  ).length;
  const site = [record.site.customer, record.site.name]
    .filter(Boolean)
    .join(` ${out.sym.dash} `);

  const blocks: Block[] = [
    {
      text: words.follows({
        site,
        date: record.visitDate,
        release: shortRelease(record.release),
      }),
      tone: 'strong',
    },
    { text: words.digest, tone: 'dim' },
    { text: report.digest, tone: 'dim' },
    { text: words.carried({ count: carried }), mark: out.sym.bullet, gap: true },
    { text: words.flagged({ count: review.flagged.length }), mark: out.sym.bullet },
  ];
  for (const flag of review.flagged) {
    if (flag.why !== 'acceptance-expired' || !flag.acceptance) continue;
    const { by, until } = flag.acceptance;
    blocks.push({
      text: words.expired({ title: title(flag.id), by, until }),
      mark: out.sym.warn,
      tone: 'warn',
    });
  }
  for (const warning of endingSoonOf(session, { sections, now })) {
    const { by, until } = warning;
    const left = leftText(m, warning);
    blocks.push({
      text: words.endingSoon({ title: title(warning.id), by, until, left }),
      mark: out.sym.warn,
      tone: 'warn',
    });
  }
  blocks.push({ text: words.release, mark: out.sym.info });
  if (report.notComparedVersion) {
    blocks.push({
      text: m.verify.notCompared({ version: report.notComparedVersion }),
      mark: out.sym.warn,
      tone: 'warn',
    });
  }
  blocks.push({ text: words.begin, tone: 'accent', gap: true });

  return (
    <Frame session={null} hints={['scroll', 'confirm', 'back']}>
      <Heading text={words.heading} />
      <Box marginTop={1}>
        <Pager blocks={blocks} rows={body - 2} onEnter={onBegin} onEscape={onBack} />
      </Box>
    </Frame>
  );
}
