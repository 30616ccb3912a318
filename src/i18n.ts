import { en, type Messages } from '../locales/en/index.js';
import { fr } from '../locales/fr/index.js';
import { UsageError } from './errors.js';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

const CATALOGUES: Record<Lang, Messages> = { en, fr };

export type { Messages };

export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}

/** The language the environment asks for, the way POSIX tools read it. */
export function languageFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';

  return /^fr([_.@-]|$)/i.test(value) ? 'fr' : 'en';
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** `--lang` when given (and valid), else the environment's language. */
export function resolveLang(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Lang {
  const fallback = languageFromEnv(env);
  if (flag === undefined) return fallback;
  const wanted = flag.toLowerCase();
  if (isLang(wanted)) return wanted;

  throw new UsageError(messages(fallback).cli.badLang({ value: flag }));
}
