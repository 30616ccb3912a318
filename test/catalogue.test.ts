import { describe, expect, it } from 'vitest';
import { en } from '../locales/en/index.js';
import { fr } from '../locales/fr/index.js';
import { cellVersion, takenVersion } from '../src/availability.js';
import { SECTION_IDS, type Cell } from '../src/catalogue.js';
import { linePrefix, NOTE_LINES, parseLineName } from '../src/release.js';
import { ITEMS, SECTIONS, isItemId, itemById } from '../steps/index.js';

const FIXED_IDS = [
  'PerAssAlwd',
  'VMUMaxTry',
  'DivRemCust',
  'CallCorres',
  'ExtLnkClsd',
  'ExtHttpsPo',
  'remote-customization',
  'wan-api-access',
  'user-password-control',
  'trivial-list-extended',
  'six-digit-user-passwords',
  'management-password-control',
  'operator-password-rules',
  'AutoPwdChk',
  'omc-password-check',
  'remote-access-50443',
  'csta-external-apps',
  'certificate-management',
];

const FIELDS = ['title', 'recommendation', 'risk', 'where', 'help'] as const;

/** Every cell of an item's columns that names a version. */
function versionCells(): { id: string; line: string; version: string }[] {
  return ITEMS.flatMap((item) => {
    const { exists, secureDefault } = item.availability;
    const columns =
      typeof secureDefault === 'object' ? [exists, secureDefault] : [exists];

    return columns.flatMap((column) =>
      Object.entries(column).flatMap(([line, cell]) => {
        const texts =
          typeof cell === 'object' && 'table' in cell
            ? [cell.table, cell.text]
            : typeof cell === 'string' && /^\d{3}\//.test(cell)
              ? [cell]
              : [];

        return texts.map((version) => ({ id: item.id, line, version }));
      }),
    );
  });
}

describe('catalogue', () => {
  it('has every id that reports and scripts name', () => {
    for (const id of FIXED_IDS) expect(itemById(id)?.id, id).toBe(id);
  });

  it('gives every item a unique id', () => {
    const ids = ITEMS.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds the recommendations of the note', () => {
    expect(ITEMS.length).toBe(46);
  });

  it('finds nothing for an unknown id', () => {
    expect(itemById('PerAssAlwdd')).toBeUndefined();
    expect(isItemId('VMUMaxTry')).toBe(true);
    expect(isItemId('vmumaxtry')).toBe(false);
  });

  it('keeps the sections in the order of SECTION_IDS, each with items', () => {
    expect(SECTIONS.map((section) => section.id)).toEqual([...SECTION_IDS]);
    for (const section of SECTIONS) {
      expect(section.items.length, section.id).toBeGreaterThan(0);
      for (const item of section.items) expect(item.section, item.id).toBe(section.id);
    }
  });

  it('lists the items flattened in section order', () => {
    expect(ITEMS).toEqual(SECTIONS.flatMap((section) => section.items));
    expect(ITEMS[0]?.id).toBe('customer-informed');
    expect(ITEMS.at(-1)?.id).toBe('latest-version');
  });

  it('gives every item all its words in both languages', () => {
    for (const item of ITEMS) {
      for (const field of FIELDS) {
        expect(en.items[item.id][field].trim(), `en ${item.id}.${field}`).not.toBe('');
        expect(fr.items[item.id][field].trim(), `fr ${item.id}.${field}`).not.toBe('');
      }
    }
  });

  it('has no words for an item that does not exist', () => {
    expect(Object.keys(en.items).sort()).toEqual(ITEMS.map((item) => item.id).sort());
  });

  it('gives every section a title and an intro in both languages', () => {
    for (const id of SECTION_IDS) {
      for (const words of [en.sections[id], fr.sections[id]]) {
        expect(words.title.trim(), id).not.toBe('');
        expect(words.intro.trim(), id).not.toBe('');
      }
    }
  });

  it('uses valid answer kinds', () => {
    for (const item of ITEMS) {
      const { answer } = item;
      if (answer.kind === 'hex-byte') {
        expect(answer.recommended, item.id).toMatch(/^[0-9A-F]{2}$/);
      } else if (answer.kind === 'port' && answer.recommended !== undefined) {
        expect(Number.isInteger(answer.recommended)).toBe(true);
        expect(answer.recommended).toBeGreaterThan(0);
        expect(answer.recommended).toBeLessThan(65536);
      } else if (answer.kind === 'password') {
        expect(['user', 'management', 'operator']).toContain(answer.passwordKind);
      } else {
        expect(['status', 'hex-port', 'port', 'users'], item.id).toContain(answer.kind);
      }
    }
  });

  it('recommends the values of the note for the noteworthy addresses', () => {
    const recommended = (id: string) => {
      const answer = itemById(id)?.answer;
      return answer?.kind === 'hex-byte' ? answer.recommended : undefined;
    };
    expect(recommended('PerAssAlwd')).toBe('00');
    expect(recommended('VMUMaxTry')).toBe('03');
    expect(recommended('DivRemCust')).toBe('00');
    expect(recommended('CallCorres')).toBe('00');
    expect(recommended('ExtLnkClsd')).toBe('01');
    expect(itemById('ExtHttpsPo')?.answer).toEqual({ kind: 'hex-port' });
    expect(itemById('remote-access-50443')?.answer).toEqual({
      kind: 'port',
      recommended: 50443,
    });
  });

  it('writes every version with the prefix of its own line', () => {
    const cells = versionCells();
    expect(cells.length).toBeGreaterThan(60);
    for (const { id, line, version } of cells) {
      const prefix = linePrefix(parseLineName(line));
      expect(version.startsWith(`${prefix}/`), `${id} ${line} ${version}`).toBe(true);
      expect(() => cellVersion(version)).not.toThrow();
    }
  });

  it('names only lines of the note and later lines in "in" cells', () => {
    for (const item of ITEMS) {
      for (const [line, cell] of Object.entries(item.availability.exists) as [
        string,
        Cell,
      ][]) {
        expect(NOTE_LINES as readonly string[], item.id).toContain(line);
        if (typeof cell === 'object' && 'in' in cell) {
          expect(NOTE_LINES.indexOf(cell.in), item.id).toBeGreaterThan(
            NOTE_LINES.indexOf(line as (typeof NOTE_LINES)[number]),
          );
        }
      }
    }
  });

  it('never has two disputed cells for the same item and line', () => {
    // An evaluation carries one conflict: two on one line would hide one.
    for (const item of ITEMS) {
      const { exists, secureDefault } = item.availability;
      if (typeof secureDefault !== 'object') continue;
      for (const line of NOTE_LINES) {
        const both = [exists[line], secureDefault[line]].filter(
          (cell) => cell !== undefined && takenVersion(cell)?.conflict,
        );
        expect(new Set(both).size, `${item.id} ${line}`).toBeLessThan(2);
      }
    }
  });

  it('marks the items that only matter with remote access', () => {
    const remote = ITEMS.filter((item) => item.needsRemoteAccess).map((item) => item.id);
    expect(remote).toEqual([
      'internet-access-device-secured',
      'remote-access-vpn',
      'remote-access-50443',
      'pimphony-remote-vpn',
      'remote-app-ports',
      'ExtHttpsPo',
    ]);
  });

  it('says in the help where the table and the text disagree', () => {
    const disputed = ITEMS.filter((item) => {
      const { exists, secureDefault } = item.availability;
      const columns =
        typeof secureDefault === 'object' ? [exists, secureDefault] : [exists];
      return columns.some((column) =>
        Object.values(column).some((cell) => typeof cell === 'object' && 'table' in cell),
      );
    });
    expect(disputed.map((item) => item.id)).toEqual([
      'user-password-control',
      'trivial-after-swap',
      'PerAssAlwd',
      'VMUMaxTry',
      'DivRemCust',
      'remote-customization',
    ]);
    for (const item of disputed.filter((item) => item.id !== 'trivial-after-swap')) {
      for (const { version } of versionCells().filter((cell) => cell.id === item.id)) {
        expect(en.items[item.id].help, `en ${item.id}`).toContain(version);
        expect(fr.items[item.id].help, `fr ${item.id}`).toContain(version);
      }
    }
  });
});
