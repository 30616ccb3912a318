import { Text } from 'ink';
import { memo } from 'react';
import { Tone, type ToneKind } from './Tone.js';
import { useUi } from './UiContext.js';
import { truncate } from './wrap.js';

/**
 * One row of the list. When the highlight moves, only the row it leaves and
 * the row it reaches are worked out again.
 */
export const SelectRow = memo(function SelectRow({
  label,
  tone,
  highlighted,
}: {
  label: string;
  tone: ToneKind;
  highlighted: boolean;
}) {
  const { out, width } = useUi();

  return (
    <Text>
      {highlighted ? out.sym.pointer : ' '}{' '}
      <Tone kind={highlighted ? 'selected' : tone}>
        {truncate(label, width - 2, out.sym.ellipsis)}
      </Tone>
    </Text>
  );
});
