import { Box, Text } from 'ink';
import type { Messages } from '../i18n.js';
import { Tone, type ToneKind } from './Tone.js';
import { useUi } from './UiContext.js';
import { clamp, wrap } from './wrap.js';

interface Props {
  text: string;
  /** Printed first, in bold, as in "Why: …". */
  label?: string;
  /** At most this many lines; the last ends with an ellipsis when cut. */
  lines?: number;
  tone?: ToneKind;
  /** A mark before the first line (✓, ✗, !), the others indented to match. */
  mark?: string;
}

export function labelled(label: string | undefined, text: string, m: Messages): string {
  return label ? m.wizard.labelled({ label, text }) : text;
}

/** How many lines a paragraph takes at `width`, before any clamp. */
export function paragraphHeight(text: string, width: number): number {
  return wrap(text, width).length;
}

/** Wrapped text that never overflows the screen's width. */
export function Paragraph({
  text,
  label,
  lines = Infinity,
  tone = 'plain',
  mark,
}: Props) {
  const { out, m, width } = useUi();
  const indent = mark ? `${mark} ` : '';
  const full = labelled(label, text, m);
  const rows = clamp(
    wrap(full, width - indent.length),
    lines,
    width - indent.length,
    out.sym.ellipsis,
  );
  const head = label ? full.slice(0, full.indexOf(text)) : '';

  return (
    <Box flexDirection="column">
      {rows.map((row, index) => {
        const prefix = index === 0 ? indent : ' '.repeat(indent.length);
        if (index === 0 && head && row.startsWith(head)) {
          return (
            <Text key={index}>
              {prefix}
              <Tone kind="strong">{head}</Tone>
              <Tone kind={tone}>{row.slice(head.length)}</Tone>
            </Text>
          );
        }

        return (
          <Text key={index}>
            {prefix}
            <Tone kind={tone}>{row}</Tone>
          </Text>
        );
      })}
    </Box>
  );
}
