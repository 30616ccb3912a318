/**
 * `oxo-harden` with no command: the wizard an installer runs on site. It
 * needs a terminal; without one it says which commands work without, and
 * stops. Ctrl+C saves and leaves with 130: everything answered is already
 * on disk, and the next start offers to resume at the same item.
 * `oxo-harden review <report>` in a terminal runs it too, on the periodic
 * review of that report.
 */
import { randomBytes } from 'node:crypto';
import { render } from 'ink';
import { SECTIONS } from '../../steps/index.js';
import { parseCommandArgs } from '../args.js';
import type { Command, CommandContext } from '../context.js';
import { EXIT, Failure } from '../errors.js';
import { messages, type Lang } from '../i18n.js';
import { keepCompiledCode } from '../program-cache.js';
import { progressOf } from '../session/index.js';
import type { PreviousReport } from '../previous-report.js';
import { openStore, type Store } from '../store.js';
import { App } from '../ui/App.js';
import { reportsDir } from '../ui/use-report.js';

/** CI=true (or 1, yes): a pipeline, whatever the terminal looks like. */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();

  return value !== '' && !['0', 'false', 'no', 'off'].includes(value);
}

export function isInteractive(ctx: CommandContext): boolean {
  const stdout = ctx.out.stdout as { isTTY?: boolean };

  return Boolean(ctx.stdin.isTTY && stdout.isTTY) && !inCi(ctx.env);
}

/** "20260314-101502-3fa9": sortable, readable over the phone, unique enough per laptop. */
export function sessionId(now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

  return `${stamp}-${randomBytes(2).toString('hex')}`;
}

function open(ctx: CommandContext): Store {
  try {
    return openStore(ctx.home, {
      progress: (session) => {
        const { answered, total } = progressOf(session, SECTIONS);
        return { answered, total };
      },
    });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new Failure(
      ctx.m.wizard.storeFailed({ path: ctx.home, detail: code ?? message }),
    );
  }
}

/** Where the wizard writes its reports, for the messages that name it. */
export { reportsDir };

/**
 * The wizard in this terminal, until it is left: on the start screen, or
 * on the periodic review of `review` (a report already verified).
 */
export async function runWizard(
  ctx: CommandContext,
  review?: PreviousReport,
): Promise<number> {
  const store = open(ctx);

  const ended: { how: 'done' | 'interrupted'; lang: Lang } = {
    how: 'done',
    lang: ctx.lang,
  };
  const app = render(
    <App
      store={store}
      sections={SECTIONS}
      out={ctx.out}
      lang={ctx.lang}
      home={ctx.home}
      now={ctx.now}
      newId={() => sessionId(ctx.now())}
      review={review}
      onQuit={(reason, lang) => {
        ended.how = reason;
        ended.lang = lang;
        app.unmount();
      }}
    />,
    {
      stdin: ctx.stdin as NodeJS.ReadStream,
      stdout: ctx.out.stdout as NodeJS.WriteStream,
      stderr: ctx.out.stderr as NodeJS.WriteStream,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  // The first frame is out: what drew it is what the next start needs.
  keepCompiledCode('soon');
  // Ctrl+C pressed before the wizard has the keyboard reaches it as a
  // signal from the terminal, as does `kill -INT`: the same way out. The
  // listener stays to the end: the store's writer cleans up on a signal
  // and sends it again, which would otherwise end the process unsaid.
  process.on('SIGINT', () => {
    ended.how = 'interrupted';
    app.unmount();
  });
  await app.waitUntilExit();
  if (ended.how === 'interrupted') {
    ctx.out.err(messages(ended.lang).cli.interrupted);
    return EXIT.interrupted;
  }

  return EXIT.ok;
}

export const run: Command = async (ctx) => {
  const { values } = parseCommandArgs(ctx, 'wizard', {});
  if (values.help) {
    ctx.out.out(ctx.m.cli.usage);
    return EXIT.ok;
  }
  if (!isInteractive(ctx)) {
    ctx.out.err(ctx.m.cli.notInteractive);
    return EXIT.usage;
  }

  return runWizard(ctx);
};
