import { describe, expect, it } from 'vitest';
import { clamp, truncate, wrap } from '../../src/ui/wrap.js';

describe('wrap', () => {
  it('breaks between words, never past the width', () => {
    expect(wrap('the quick brown fox jumps over the lazy dog', 15)).toEqual([
      'the quick brown',
      'fox jumps over',
      'the lazy dog',
    ]);
  });

  it('keeps French punctuation with the word before it and quotes with their words', () => {
    expect(wrap('Formes acceptées : R9.1', 17)).toEqual(['Formes', 'acceptées : R9.1']);
    expect(wrap('tapez « 00 » ici', 9)).toEqual(['tapez', '« 00 »', 'ici']);
    expect(wrap('score 3/4 (75 %)', 13)).toEqual(['score 3/4', '(75 %)']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrap('/tmp/a/very/long/path', 8)).toEqual(['/tmp/a/v', 'ery/long', '/path']);
  });

  it('keeps the paragraphs of a text apart', () => {
    expect(wrap('one\ntwo three', 20)).toEqual(['one', 'two three']);
  });
});

describe('clamp', () => {
  it('ends the last line kept with an ellipsis when lines are left out', () => {
    expect(clamp(['aaaa', 'bbbb', 'cccc'], 2, 4, '…')).toEqual(['aaaa', 'bbb…']);
    expect(clamp(['aaaa', 'bb'], 2, 4, '…')).toEqual(['aaaa', 'bb']);
  });

  it('cuts one line to the width, ellipsis included', () => {
    expect(truncate('Personal Assistant', 10, '...')).toBe('Persona...');
    expect(truncate('short', 10, '...')).toBe('short');
  });
});
