import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n.js';
import { seedSession } from '../helpers/seed.js';
import { startWizard, tempHome, waitFor } from './harness.js';

const en = messages('en');

describe('the start screen', () => {
  it('names a visit whose site is not given yet by its customer alone', async () => {
    const home = tempHome();
    seedSession(home, { screen: 'site', field: 'name' }, { customer: 'ACME', site: '' });
    const { screen } = await startWizard({ home });
    const frame = await waitFor(screen, en.wizard.start.heading);
    const row = frame.split('\n').find((line) => line.includes('ACME'));
    expect(row).toMatch(/ACME · /);
    expect(row).not.toContain('—');
  });
});
