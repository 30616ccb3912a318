import { Box } from 'ink';
import { useRef, useState } from 'react';
import { SelectRow } from './SelectRow.js';
import { Tone, type ToneKind } from './Tone.js';
import { useUi } from './UiContext.js';
import { useKeys } from './use-keys.js';

export interface Option<T> {
  value: T;
  label: string;
  /** How the row reads when not highlighted: a status in the review, say. */
  tone?: ToneKind;
}

interface Props<T> {
  options: readonly Option<T>[];
  /** The row highlighted first. */
  initial?: number;
  /** Rows shown at once; a longer list scrolls and says where it is. */
  limit: number;
  onSelect: (value: T, index: number) => void;
  onCancel?: () => void;
  onHighlight?: (value: T, index: number) => void;
}

/**
 * A list to pick from. It stands in for ink-select-input, which keeps the
 * highlighted row in React state read through the closure of the last
 * render: when Down and Enter arrive in one chunk it picks the row that
 * was highlighted before Down. Here the row lives in a ref, so each key
 * acts on the one before it whatever the timing, and the list does not
 * wrap around, so a key typed ahead at the end cannot land at the top.
 */
export function Select<T>({
  options,
  initial = 0,
  limit,
  onSelect,
  onCancel,
  onHighlight,
}: Props<T>) {
  const { m } = useUi();
  const last = Math.max(options.length - 1, 0);
  const index = useRef(Math.min(Math.max(initial, 0), last));
  const offset = useRef(Math.max(0, index.current - limit + 1));
  const [, redraw] = useState(0);
  if (index.current > last) index.current = last;

  const move = (to: number) => {
    const next = Math.min(Math.max(to, 0), last);
    if (next === index.current) return;
    index.current = next;
    if (next < offset.current) offset.current = next;
    if (next >= offset.current + limit) offset.current = next - limit + 1;
    redraw((n) => n + 1);
    const option = options[next];
    if (option) onHighlight?.(option.value, next);
  };

  useKeys((key) => {
    switch (key.name) {
      case 'up':
        move(index.current - 1);
        return true;
      case 'down':
        move(index.current + 1);
        return true;
      case 'pageup':
        move(index.current - limit);
        return true;
      case 'pagedown':
        move(index.current + limit);
        return true;
      case 'home':
        move(0);
        return true;
      case 'end':
        move(last);
        return true;
      case 'return': {
        const option = options[index.current];
        if (option) onSelect(option.value, index.current);
        return true;
      }
      case 'escape':
        if (!onCancel) return false;
        onCancel();
        return true;
      default:
        return false;
    }
  });

  offset.current = Math.min(offset.current, Math.max(options.length - limit, 0));
  const shown = options.slice(offset.current, offset.current + limit);

  return (
    <Box flexDirection="column">
      {shown.map((option, row) => (
        <SelectRow
          key={offset.current + row}
          label={option.label}
          tone={option.tone ?? 'plain'}
          highlighted={offset.current + row === index.current}
        />
      ))}
      {options.length > limit ? (
        <Tone kind="dim">
          {'  '}
          {m.wizard.list.position({ index: index.current + 1, count: options.length })}
        </Tone>
      ) : null}
    </Box>
  );
}
