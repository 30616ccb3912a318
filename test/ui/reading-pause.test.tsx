import { Text } from 'ink';
import { useContext } from 'react';
import { describe, expect, it } from 'vitest';
import { KeyContext, type KeyRegistry } from '../../src/ui/KeyContext.js';
import { mount, press, withUi } from './harness.js';

function Probe({ onKeys }: { onKeys: (keys: KeyRegistry) => void }) {
  onKeys(useContext(KeyContext));
  return <Text>probe</Text>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a pause in the typing', () => {
  it('comes only once no key has arrived for the time asked', async () => {
    let keys!: KeyRegistry;
    const screen = await mount(withUi(<Probe onKeys={(k) => (keys = k)} />));
    const start = Date.now();
    let pausedAt = 0;
    const paused = keys.quiet(150).then(() => (pausedAt = Date.now()));
    // Keys every 50 ms keep it waiting; the last one sets the time.
    let lastKey = start;
    for (let i = 0; i < 5; i++) {
      await sleep(50);
      await press(screen, 'x');
      lastKey = Date.now();
    }
    expect(pausedAt).toBe(0);
    await paused;
    expect(pausedAt - lastKey).toBeGreaterThanOrEqual(145);
    expect(pausedAt - start).toBeGreaterThanOrEqual(395);
  });
});
