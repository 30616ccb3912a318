/**
 * Keys as a hurried installer sends them: mostly Enter and the arrows,
 * Esc, ? and L, letters and digits, whole lines pasted at once, and now and
 * then Ctrl+C. Weighted so that random visits get past the set-up screens.
 */
import type { Random } from './random.js';

export const KEY = {
  up: '\u001b[A',
  down: '\u001b[B',
  left: '\u001b[D',
  right: '\u001b[C',
  pageDown: '\u001b[6~',
  end: '\u001b[F',
  enter: '\r',
  escape: '\u001b',
  backspace: '\u007f',
  tab: '\t',
  ctrlC: '\u0003',
};

/** Lines an installer pastes: a release, a port, a date, a name, two fields at once. */
const PASTES = [
  'R910/021.001\r',
  'R9.1\r',
  '50443\r',
  '82 A3\r',
  '2099-12-31\r',
  'Dupont SA\r',
  'Mme Durand\rDirectrice\r',
  'Clinique Saint-Éloi\rAgen\r\rJean\r\r\r',
  'é’«» 😀\r',
  'x'.repeat(300),
];

/** One write, as a terminal sends it. */
export function randomKeys(random: Random, interrupts = true): string {
  const roll = random.next();
  if (interrupts && roll < 0.004) return KEY.ctrlC;
  if (roll < 0.38) return KEY.enter;
  if (roll < 0.52) return KEY.down;
  if (roll < 0.58) return KEY.up;
  if (roll < 0.64) return KEY.escape;
  if (roll < 0.67) return '?';
  if (roll < 0.7) return random.pick(['L', 'l']);
  if (roll < 0.73) return random.pick([KEY.left, KEY.right, KEY.backspace, KEY.tab]);
  if (roll < 0.75) return random.pick([KEY.pageDown, KEY.end]);
  if (roll < 0.85) return random.pick(PASTES);
  if (roll < 0.93) return String(random.int(0, 99));
  if (roll < 0.97) return random.pick(['a', 'Z', 'é', ' ', 'q', '-']);

  // Down and Enter in one chunk, as `tmux send-keys` or a fast hand sends them.
  return KEY.down.repeat(random.int(1, 3)) + KEY.enter;
}
