import { describe, expect, it } from 'vitest';
import { prepareReports } from '../src/report/prepare.js';

describe('loading the report code ahead', () => {
  it('waits for the moment it is given before every step, and loads once', async () => {
    let asked = 0;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const ready = () => (++asked === 1 ? gate : Promise.resolve());
    let settled = false;
    const loading = prepareReports(ready).then(() => (settled = true));
    expect(asked).toBe(1);
    // Without the moment, nothing goes on.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(settled).toBe(false);
    expect(asked).toBe(1);
    open();
    await loading;
    expect(asked).toBe(5);
    // Later callers share what was loaded.
    await prepareReports(ready);
    expect(asked).toBe(5);
  });
});
