import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import { Tone } from './Tone.js';
import { useUi } from './UiContext.js';
import { useKeys } from './use-keys.js';

interface Props {
  initial?: string;
  /** Shown as bullets: for a password, which only this component ever holds. */
  masked?: boolean;
  onSubmit: (value: string) => void;
  /** Esc, with what was typed so far (never called with a masked value). */
  onCancel: (typed: string | undefined) => void;
  /** Every change, so that Ctrl+C can keep what is typed; not called when masked. */
  onChange?: (value: string) => void;
}

/**
 * One line of text. Text pasted or typed ahead arrives split into its
 * characters and Enter (see keystrokes.ts), so "Jean\r" in one chunk
 * submits "Jean", never "Jean\r"; Esc goes back from the field itself.
 */
export function TextField({
  initial = '',
  masked = false,
  onSubmit,
  onCancel,
  onChange,
}: Props) {
  const { out, width } = useUi();
  const value = useRef([...initial]);
  const cursor = useRef(value.current.length);
  const [, redraw] = useState(0);

  const changed = () => {
    redraw((n) => n + 1);
    if (!masked) onChange?.(value.current.join(''));
  };

  useKeys((key) => {
    const chars = value.current;
    switch (key.name) {
      case 'text':
        chars.splice(cursor.current, 0, ...key.text);
        cursor.current += [...key.text].length;
        changed();
        return true;
      case 'backspace':
        if (cursor.current > 0) {
          chars.splice(cursor.current - 1, 1);
          cursor.current -= 1;
          changed();
        }
        return true;
      case 'left':
        cursor.current = Math.max(cursor.current - 1, 0);
        redraw((n) => n + 1);
        return true;
      case 'right':
        cursor.current = Math.min(cursor.current + 1, chars.length);
        redraw((n) => n + 1);
        return true;
      case 'home':
        cursor.current = 0;
        redraw((n) => n + 1);
        return true;
      case 'end':
        cursor.current = chars.length;
        redraw((n) => n + 1);
        return true;
      case 'return':
        onSubmit(chars.join(''));
        return true;
      case 'escape':
        onCancel(masked ? undefined : chars.join(''));
        return true;
      default:
        return false;
    }
  });

  const shown = masked ? value.current.map(() => out.sym.bullet) : value.current;
  // Keep the cursor in view on a line longer than the screen.
  const room = Math.max(width - 4, 8);
  const start = Math.max(0, cursor.current - room + 1);
  const before = shown.slice(start, cursor.current).join('');
  const under = shown[cursor.current] ?? ' ';
  const after = shown.slice(cursor.current + 1, start + room).join('');

  return (
    <Box>
      <Text>{out.sym.pointer} </Text>
      <Text>{before}</Text>
      {out.color ? (
        <Text inverse>{under}</Text>
      ) : (
        <Tone>{cursor.current === shown.length ? '_' : `|${under}`}</Tone>
      )}
      <Text>{after}</Text>
    </Box>
  );
}
