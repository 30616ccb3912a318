import { describe, expect, it } from 'vitest';
import { TextField } from '../../src/ui/TextField.js';
import { KEY, mount, press, withUi } from './harness.js';

function field(props: { initial?: string; masked?: boolean } = {}) {
  const events: Array<[string, string | undefined]> = [];
  const tree = withUi(
    <TextField
      {...props}
      onSubmit={(value) => events.push(['submit', value])}
      onCancel={(typed) => events.push(['cancel', typed])}
      onChange={(value) => events.push(['change', value])}
    />,
  );

  return { events, tree };
}

describe('text field', () => {
  it('submits "Jean" when the name and enter arrive in one chunk', async () => {
    const { events, tree } = field();
    const screen = await mount(tree);
    await press(screen, 'Jean\r');
    expect(events.filter(([kind]) => kind === 'submit')).toEqual([['submit', 'Jean']]);
  });

  it('goes back on esc with what was typed', async () => {
    const { events, tree } = field({ initial: 'Lyon' });
    const screen = await mount(tree);
    await press(screen, ' HQ');
    await press(screen, KEY.escape);
    expect(events.at(-1)).toEqual(['cancel', 'Lyon HQ']);
  });

  it('edits in the middle with the arrows and backspace', async () => {
    const { events, tree } = field({ initial: 'Jxan' });
    const screen = await mount(tree);
    await press(screen, KEY.left + KEY.left);
    await press(screen, KEY.backspace);
    await press(screen, 'e');
    expect(screen.lastFrame()).toBe('› Je|an');
    await press(screen, KEY.enter);
    expect(events.at(-1)).toEqual(['submit', 'Jean']);
  });

  it('types a paste as text, without the control characters in it', async () => {
    const { events, tree } = field();
    const screen = await mount(tree);
    await press(screen, 'Dupont\u0007 SA');
    await press(screen, KEY.enter);
    expect(events.at(-1)).toEqual(['submit', 'Dupont SA']);
  });

  it('shows a masked value as bullets and never reports it', async () => {
    const { events, tree } = field({ masked: true });
    const screen = await mount(tree);
    await press(screen, 'Secret12');
    expect(screen.lastFrame()).toBe('› ••••••••_');
    await press(screen, KEY.escape);
    expect(events).toEqual([['cancel', undefined]]);
  });

  it('draws the cursor without colour where there is none', async () => {
    const { tree } = field({ initial: 'abc' });
    const screen = await mount(tree);
    expect(screen.lastFrame()).toBe('› abc_');
    await press(screen, KEY.left);
    expect(screen.lastFrame()).toBe('› ab|c');
  });
});
