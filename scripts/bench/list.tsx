// The reference for key-to-frame: a bare ink list of ten rows, moved with
// the arrow keys, bundled as the wizard is but drawn by ink's own code.
import { render, Text, useApp, useInput } from 'ink';
import { useState } from 'react';

const ROWS = Array.from({ length: 10 }, (_, i) => `Row ${i + 1} of a plain list`);

function List() {
  const [at, setAt] = useState(0);
  const { exit } = useApp();
  useInput((input, key) => {
    if (key.upArrow) setAt((row) => Math.max(row - 1, 0));
    if (key.downArrow) setAt((row) => Math.min(row + 1, ROWS.length - 1));
    if (input === 'q') exit();
  });

  return (
    <>
      {ROWS.map((row, i) => (
        <Text key={row} color={i === at ? 'cyan' : undefined}>
          {i === at ? '› ' : '  '}
          {row}
        </Text>
      ))}
    </>
  );
}

render(<List />);
