import { Text } from 'ink';
import type { ReactNode } from 'react';
import { useUi } from './UiContext.js';

export type ToneKind =
  'plain' | 'strong' | 'dim' | 'ok' | 'fail' | 'warn' | 'accent' | 'selected';

const STYLES: Record<
  ToneKind,
  { color?: string; bold?: boolean; dimColor?: boolean; inverse?: boolean }
> = {
  plain: {},
  strong: { bold: true },
  dim: { dimColor: true },
  ok: { color: 'green' },
  fail: { color: 'red' },
  warn: { color: 'yellow' },
  accent: { color: 'cyan' },
  selected: { color: 'cyan', bold: true },
};

/**
 * Text with a meaning rather than a colour. Colour, bold and dim are all
 * left out when the output module says so (NO_COLOR, --no-color,
 * TERM=dumb): the words and symbols then carry the meaning alone.
 */
export function Tone({
  kind = 'plain',
  children,
}: {
  kind?: ToneKind;
  children: ReactNode;
}) {
  const { out } = useUi();
  const style = out.color ? STYLES[kind] : {};

  return <Text {...style}>{children}</Text>;
}
