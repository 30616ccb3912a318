import { Box, Text } from 'ink';
import { useRef, useState } from 'react';
import type { Messages } from '../i18n.js';
import { labelled } from './Paragraph.js';
import { Tone, type ToneKind } from './Tone.js';
import { useUi } from './UiContext.js';
import { useKeys } from './use-keys.js';
import { wrap } from './wrap.js';

export interface Block {
  text: string;
  label?: string;
  tone?: ToneKind;
  mark?: string;
  /** A blank line before the block. */
  gap?: boolean;
}

interface Row {
  text: string;
  head: string;
  tone: ToneKind;
}

function rowsOf(blocks: readonly Block[], width: number, m: Messages): Row[] {
  return blocks.flatMap((block) => {
    const indent = block.mark ? `${block.mark} ` : '';
    const full = labelled(block.label, block.text, m);
    const head = block.label ? full.slice(0, full.length - block.text.length) : '';
    const lines = wrap(full, width - indent.length).map((line, index) => ({
      text: `${index === 0 ? indent : ' '.repeat(indent.length)}${line}`,
      head: index === 0 && head ? `${indent}${head}` : '',
      tone: block.tone ?? 'plain',
    }));

    // A Text holding nothing takes no row in ink: a blank line is a space.
    return block.gap
      ? [{ text: ' ', head: '', tone: 'plain' as const }, ...lines]
      : lines;
  });
}

interface Props {
  blocks: readonly Block[];
  /** Rows the text may take; a longer text scrolls. */
  rows: number;
  onEnter: () => void;
  onEscape: () => void;
  /**
   * Enter pages down until the end is on screen, and only then calls
   * `onEnter`: for a text that must be read before it is confirmed.
   */
  readFirst?: boolean;
}

/** Text longer than the screen, read by scrolling: the help, the acknowledgement. */
export function Pager({ blocks, rows, onEnter, onEscape, readFirst = false }: Props) {
  const { m, width } = useUi();
  const lines = rowsOf(blocks, width, m);
  const room = Math.max(lines.length > rows ? rows - 1 : rows, 1);
  const last = Math.max(lines.length - room, 0);
  const top = useRef(0);
  const [, redraw] = useState(0);
  const scroll = (to: number) => {
    top.current = Math.min(Math.max(to, 0), last);
    redraw((n) => n + 1);
  };

  useKeys((key) => {
    switch (key.name) {
      case 'up':
        scroll(top.current - 1);
        return true;
      case 'down':
        scroll(top.current + 1);
        return true;
      case 'pageup':
        scroll(top.current - room);
        return true;
      case 'pagedown':
        scroll(top.current + room);
        return true;
      case 'home':
        scroll(0);
        return true;
      case 'end':
        scroll(last);
        return true;
      case 'return':
        if (readFirst && top.current < last) scroll(top.current + room);
        else onEnter();
        return true;
      case 'escape':
        onEscape();
        return true;
      default:
        return false;
    }
  });

  const shown = lines.slice(top.current, top.current + room);

  return (
    <Box flexDirection="column">
      {shown.map((line, index) => (
        <Text key={top.current + index}>
          {line.head ? <Tone kind="strong">{line.head}</Tone> : null}
          <Tone kind={line.tone}>
            {line.head ? line.text.slice(line.head.length) : line.text}
          </Tone>
        </Text>
      ))}
      {lines.length > room ? (
        <Tone kind="dim">
          {m.wizard.list.lines({
            first: top.current + 1,
            last: top.current + shown.length,
            count: lines.length,
          })}
        </Tone>
      ) : null}
    </Box>
  );
}
