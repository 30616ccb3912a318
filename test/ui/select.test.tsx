import SelectInput from 'ink-select-input';
import { describe, expect, it } from 'vitest';
import { KeysHeld } from '../../src/ui/KeyContext.js';
import { Select } from '../../src/ui/Select.js';
import { KEY, mount, press, waitFor, withUi } from './harness.js';

const FRUITS = ['apple', 'banana', 'cherry', 'damson', 'elder'].map((name) => ({
  value: name,
  label: name,
}));

describe('select', () => {
  it('takes no key while held out of sight', async () => {
    const picked: string[] = [];
    const screen = await mount(
      withUi(
        <KeysHeld.Provider value={{ current: true }}>
          <Select options={FRUITS} limit={5} onSelect={(v) => picked.push(v)} />
        </KeysHeld.Provider>,
      ),
    );
    await press(screen, `${KEY.down}${KEY.enter}`);
    expect(picked).toEqual([]);
    expect(screen.lastFrame()).toContain('› apple');
  });

  it('picks the row below when down and enter arrive in one chunk', async () => {
    const picked: string[] = [];
    const screen = await mount(
      withUi(<Select options={FRUITS} limit={5} onSelect={(v) => picked.push(v)} />),
    );
    await press(screen, `${KEY.down}${KEY.enter}`);
    expect(picked).toEqual(['banana']);
  });

  it('takes every key of a chunk in turn', async () => {
    const picked: string[] = [];
    const screen = await mount(
      withUi(<Select options={FRUITS} limit={5} onSelect={(v) => picked.push(v)} />),
    );
    await press(screen, `${KEY.down}${KEY.down}${KEY.down}${KEY.up}${KEY.enter}`);
    expect(picked).toEqual(['cherry']);
  });

  it('stops at the last row rather than wrapping to the first', async () => {
    const picked: string[] = [];
    const screen = await mount(
      withUi(<Select options={FRUITS} limit={5} onSelect={(v) => picked.push(v)} />),
    );
    await press(screen, KEY.down.repeat(8) + KEY.enter);
    expect(picked).toEqual(['elder']);
  });

  it('scrolls a list longer than its limit and says where it is', async () => {
    const screen = await mount(
      withUi(<Select options={FRUITS} limit={2} onSelect={() => {}} />),
    );
    expect(screen.lastFrame()).toBe(['› apple', '  banana', '  1 of 5'].join('\n'));
    await press(screen, KEY.down.repeat(3));
    expect(screen.lastFrame()).toBe(['  cherry', '› damson', '  4 of 5'].join('\n'));
  });

  it('goes back on esc', async () => {
    let cancelled = 0;
    const screen = await mount(
      withUi(
        <Select
          options={FRUITS}
          limit={5}
          onSelect={() => {}}
          onCancel={() => cancelled++}
        />,
      ),
    );
    await press(screen, KEY.escape);
    expect(cancelled).toBe(1);
  });

  it('cuts a row longer than the screen with an ellipsis', async () => {
    const long = [{ value: 1, label: 'x'.repeat(100) }];
    const screen = await mount(
      withUi(<Select options={long} limit={1} onSelect={() => {}} />),
    );
    expect(screen.lastFrame()).toBe(`› ${'x'.repeat(77)}…`);
  });
});

describe('ink-select-input', () => {
  // Why src/ui/Select.tsx exists: this library reads the highlighted row
  // from the last render's closure, so Down then Enter in one chunk picks
  // the row highlighted before Down. If this starts failing, upstream has
  // fixed it.
  it('picks the old row when down and enter arrive in one chunk', async () => {
    const picked: string[] = [];
    const screen = await mount(
      <SelectInput items={FRUITS} onSelect={(item) => picked.push(item.value)} />,
    );
    await waitFor(screen, 'apple');
    await press(screen, `${KEY.down}${KEY.enter}`);
    expect(picked).toEqual(['apple']);
  });
});
