import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers.js';
import { messages } from '../../src/i18n.js';
import { answerText } from '../../src/ui/answer-words.js';

const fr = messages('fr');

function accepted(reason: string): Answer {
  return {
    status: 'risk-accepted',
    reason,
    acceptance: { by: 'Luc Bernard, DSI', until: '2027-01-31' },
    source: 'installer',
    answeredAt: '2026-12-04T09:00:00.000Z',
  };
}

describe('an answer read on one line', () => {
  it('ends the installer’s words with a full stop before what follows them', () => {
    const text = answerText(fr, accepted('Postes anciens à remplacer en janvier'));
    expect(text).toContain('Postes anciens à remplacer en janvier. ');
    expect(text).toContain(fr.wizard.item.acceptance(accepted('').acceptance!));
  });

  it('leaves words that already end a sentence as they are', () => {
    for (const reason of [
      'Remplacement prévu.',
      'Pourquoi pas ?',
      'Voir le devis (réf. 12)',
    ]) {
      expect(answerText(fr, accepted(reason))).toContain(`${reason} `);
    }
  });
});
