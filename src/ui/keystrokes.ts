/**
 * What ink's `useInput` hands over, turned into one keystroke per key.
 * ink splits escape sequences apart but leaves plain text in one piece, so
 * "Jean\r" typed ahead or pasted arrives as a single input: here it becomes
 * the text "Jean" and then Enter, and each goes to the screen it belongs to.
 */
import type { Key } from 'ink';

export type Keystroke =
  | { name: 'text'; text: string }
  | {
      name:
        | 'up'
        | 'down'
        | 'left'
        | 'right'
        | 'pageup'
        | 'pagedown'
        | 'home'
        | 'end'
        | 'return'
        | 'escape'
        | 'backspace'
        | 'tab'
        | 'interrupt';
    };

function named(name: Exclude<Keystroke['name'], 'text'>): Keystroke {
  return { name };
}

/** Plain characters, with the control characters a terminal sends for keys. */
function splitText(input: string): Keystroke[] {
  const strokes: Keystroke[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') strokes.push({ name: 'text', text });
    text = '';
  };
  for (const char of input) {
    const code = char.codePointAt(0)!;
    const key =
      char === '\r' || char === '\n'
        ? 'return'
        : char === '\x7f' || char === '\b'
          ? 'backspace'
          : char === '\t'
            ? 'tab'
            : char === '\x03'
              ? 'interrupt'
              : char === '\x1b'
                ? 'escape'
                : null;
    if (key) {
      flush();
      strokes.push(named(key));
    } else if (code >= 0x20) {
      text += char;
    }
  }
  flush();

  return strokes;
}

export function keystrokesOf(input: string, key: Key): Keystroke[] {
  if (key.ctrl && input === 'c') return [named('interrupt')];
  if (key.upArrow) return [named('up')];
  if (key.downArrow) return [named('down')];
  if (key.leftArrow) return [named('left')];
  if (key.rightArrow) return [named('right')];
  if (key.pageUp) return [named('pageup')];
  if (key.pageDown) return [named('pagedown')];
  if (key.home) return [named('home')];
  if (key.end) return [named('end')];
  if (key.return) return [named('return')];
  if (key.escape) return [named('escape')];
  // ink reports the key most terminals send for Backspace (DEL) as "delete".
  if (key.backspace || key.delete) return [named('backspace')];
  if (key.tab) return [named('tab')];
  if (key.ctrl || key.meta) return [];

  return splitText(input);
}
