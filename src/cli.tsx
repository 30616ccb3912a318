import { COMMANDS } from './commands/index.js';
import type { CommandContext } from './context.js';
import { EXIT } from './errors.js';
import { homeDir } from './home.js';
import { messages, resolveLang, languageFromEnv } from './i18n.js';
import { createOutput, endQuietlyOnClosedPipe } from './output.js';

/** The commands that write reports, whose --lang may also be "both". */
const REPORTING = new Set(['report', 'review']);

/** `--lang x` or `--lang=x` anywhere on the line, before any command parses it. */
function langFlag(argv: string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg === '--lang') return argv[index + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }

  return undefined;
}

async function main(argv: string[]): Promise<number> {
  const env = process.env;
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  const out = createOutput({ env, noColor: argv.includes('--no-color') });
  let lang = languageFromEnv(env);

  try {
    const [first, ...rest] = argv;
    const named = first !== undefined && !first.startsWith('-');
    const name = named ? first : 'wizard';
    const args = named ? rest : argv;
    // `--lang both` names the languages of a report, not of the screen: the
    // messages then follow the environment, and the command reads the flag.
    const flag = langFlag(argv);
    const reportLang = flag === 'both' && REPORTING.has(name);
    lang = resolveLang(reportLang ? undefined : flag, env);
    const m = messages(lang);

    if (!named && (argv.includes('--help') || argv.includes('-h'))) {
      out.out(m.cli.usage);
      return EXIT.ok;
    }
    if (!named && argv.includes('--version')) {
      out.out(__VERSION__);
      return EXIT.ok;
    }
    const load = COMMANDS[name];
    if (!load) {
      out.err(m.cli.unknownCommand({ command: name }));
      return EXIT.usage;
    }

    const ctx: CommandContext = {
      args,
      env,
      stdin: process.stdin,
      out,
      lang,
      m,
      home: homeDir(env),
      now: () => new Date(),
    };
    const { run } = await load();

    return await run(ctx);
  } catch (error) {
    const known = error as { exitCode?: number; message?: string };
    if (known.exitCode === EXIT.usage || known.exitCode === EXIT.failure) {
      out.err(known.message);
      return known.exitCode;
    }
    out.err(
      messages(lang).cli.internalError({ message: String(known.message ?? error) }),
    );
    if (env.OXO_HARDEN_DEBUG) out.err((error as Error).stack);

    return EXIT.failure;
  }
}

declare const __VERSION__: string;

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
