import { describe, expect, it } from 'vitest';
import {
  APP_PLACES,
  checkForwarding,
  crossCheckRemoteAccess,
  extHttpsPo,
  needsVpn,
  parseExtHttpsPo,
  parseForwardSpec,
  parsePort,
  planPublicPort,
} from '../src/ports/index.js';
import { messages } from '../src/i18n.js';
import { parseRelease, type Release } from '../src/release.js';

function release(input: string): Release {
  const parsed = parseRelease(input);
  if (!parsed.ok) throw new Error(`refused ${input}`);

  return parsed.release;
}

describe('ports', () => {
  it.each([
    ['443', 443],
    ['1', 1],
    ['65535', 65535],
    [' 33443 ', 33443],
  ])('reads %j as port %i', (input, port) => {
    expect(parsePort(input)).toBe(port);
  });

  it.each([
    'abc',
    '1.5',
    '0',
    '70000',
    '',
    ' ',
    '-1',
    '+443',
    '1e3',
    '443.0',
    '0x1bb',
    '65536',
  ])('refuses %j', (input) => {
    expect(parsePort(input)).toBeNull();
  });
});

describe('ExtHttpsPo', () => {
  it.each([
    [33443, '82 A3'],
    [443, '01 BB'],
    [8443, '20 FB'],
    [1, '00 01'],
    [65535, 'FF FF'],
  ])('writes port %i as %s', (port, value) => {
    expect(extHttpsPo(port)).toBe(value);
  });

  it.each(['82 A3', '82A3', '0x82A3', '0X82a3', '82a3', ' 82 A3 '])(
    'reads %j as 33443',
    (input) => {
      expect(parseExtHttpsPo(input)).toBe(33443);
    },
  );

  it.each([
    '',
    '82',
    '82 A',
    '82-A3',
    '82  A3',
    'GG 00',
    '0x',
    '82 A3 00',
    '00 00',
    '8 2A3',
  ])('refuses %j', (input) => {
    expect(parseExtHttpsPo(input)).toBeNull();
  });

  it('reads back every value it writes', () => {
    for (const port of [1, 255, 256, 443, 10443, 33443, 50443, 65535]) {
      expect(parseExtHttpsPo(extHttpsPo(port))).toBe(port);
    }
  });
});

describe('public port plan', () => {
  it('forwards another public port to 50443 and names every place to enter it', () => {
    const plan = planPublicPort(33443, release('R9.1/021.001'));
    expect(plan).toEqual({
      publicPort: 33443,
      forwarding: { publicPort: 33443, oxoPort: 50443 },
      extHttpsPo: '82 A3',
      places: [
        { app: 'pimphony', group: 'user', chapter: '3.4.1.1' },
        { app: 'my-ic-mobile', group: 'user', chapter: '3.4.1.2' },
        { app: 'my-ic-web', group: 'user', chapter: '3.4.1.3' },
        { app: 'omc', group: 'management', chapter: '3.4.2.1' },
        { app: 'web-based-tool', group: 'management', chapter: '3.4.2.2' },
      ],
      reminders: [
        'internet-port-only',
        'other-port-only-when-443-taken',
        'wan-api-access',
        'pimphony-ip-vpn-only',
      ],
      needsVpn: false,
    });
  });

  it('changes nothing in the applications for 443', () => {
    expect(planPublicPort(443)).toEqual({
      publicPort: 443,
      forwarding: { publicPort: 443, oxoPort: 50443 },
      extHttpsPo: null,
      places: [],
      reminders: [
        'internet-port-only',
        'if-443-taken',
        'wan-api-access',
        'pimphony-ip-vpn-only',
      ],
      needsVpn: false,
    });
  });

  it('lists the applications in the note’s order', () => {
    expect(APP_PLACES.map((place) => place.chapter)).toEqual([
      '3.4.1.1',
      '3.4.1.2',
      '3.4.1.3',
      '3.4.2.1',
      '3.4.2.2',
    ]);
  });

  it.each([
    ['R2.1', true],
    ['R7.1/097.001', true],
    ['R8.1/045.003', true],
    ['R8.2', false],
    ['R8.2/019.001', false],
    ['R10.0', false],
    ['R11.0', false],
    ['OXO Connect R2.1', false],
  ])('on %s needs a VPN instead: %s', (input, vpn) => {
    expect(needsVpn(release(input))).toBe(vpn);
    expect(planPublicPort(443, release(input)).needsVpn).toBe(vpn);
  });
});

describe('forwarding check', () => {
  const r91 = release('R9.1/021.001');

  it.each([
    [{ publicPort: 443, oxoPort: 50443 }, [], false],
    [{ publicPort: 33443, oxoPort: 50443 }, [], false],
    [{ publicPort: 8443, oxoPort: 443 }, ['lan-port'], false],
    [{ publicPort: 443, oxoPort: 10443 }, ['lan-port'], false],
    [{ publicPort: 443, oxoPort: 443, trunk: true }, ['lan-port'], false],
    [{ publicPort: 9000, oxoPort: 9000 }, ['not-internet-port'], false],
    [{ publicPort: 5060, oxoPort: 5060, trunk: true }, [], true],
  ])('judges %j: %j', (rule, problems, trunkException) => {
    expect(checkForwarding([rule], r91).verdicts).toEqual([
      { rule, problems, trunkException },
    ]);
  });

  it('refuses every rule before R8.2, even the right one', () => {
    const rules = [
      { publicPort: 443, oxoPort: 50443 },
      { publicPort: 5060, oxoPort: 5060, trunk: true },
    ];
    const check = checkForwarding(rules, release('R8.1/045.003'));
    expect(check.compliant).toBe(false);
    expect(check.verdicts.map((verdict) => verdict.problems)).toEqual([
      ['needs-vpn'],
      ['needs-vpn'],
    ]);
    expect(check.advice).toEqual(['pimphony-ip-vpn-only']);
  });

  it('passes only when every rule passes', () => {
    const good = { publicPort: 443, oxoPort: 50443 };
    const bad = { publicPort: 10443, oxoPort: 10443 };
    expect(checkForwarding([good], r91).compliant).toBe(true);
    expect(checkForwarding([good, bad], r91).compliant).toBe(false);
  });

  it('reminds of WAN API access only when something reaches 50443', () => {
    const trunk = { publicPort: 5060, oxoPort: 5060, trunk: true };
    expect(checkForwarding([{ publicPort: 443, oxoPort: 50443 }], r91).advice).toEqual([
      'wan-api-access',
      'pimphony-ip-vpn-only',
    ]);
    expect(checkForwarding([trunk], r91).advice).toEqual(['pimphony-ip-vpn-only']);
  });
});

describe('--forward syntax', () => {
  it.each([
    ['443:50443', { publicPort: 443, oxoPort: 50443 }],
    ['5060:5060:trunk', { publicPort: 5060, oxoPort: 5060, trunk: true }],
    ['5060:5060:TRUNK', { publicPort: 5060, oxoPort: 5060, trunk: true }],
  ])('reads %s', (input, rule) => {
    expect(parseForwardSpec(input)).toEqual({ ok: true, rule });
  });

  it.each([
    ['443', { code: 'syntax' }],
    ['443-50443', { code: 'syntax' }],
    ['443:50443:vpn', { code: 'syntax' }],
    ['1:2:trunk:4', { code: 'syntax' }],
    [':50443', { code: 'port', value: '' }],
    ['443:70000', { code: 'port', value: '70000' }],
    ['abc:50443', { code: 'port', value: 'abc' }],
  ])('refuses %s', (input, error) => {
    expect(parseForwardSpec(input)).toEqual({ ok: false, error });
  });
});

describe('remote access cross-check', () => {
  const open = [{ publicPort: 443, oxoPort: 50443 }];

  it('recommends closing a forwarding nobody may use', () => {
    expect(
      crossCheckRemoteAccess({ forwarding: open, wanApiUsers: [], vpn: false }),
    ).toEqual([{ code: 'close-forwarding', publicPorts: [443] }]);
  });

  it('says users with WAN API access cannot get in without forwarding or VPN', () => {
    const trunkOnly = [{ publicPort: 5060, oxoPort: 5060, trunk: true }];
    expect(
      crossCheckRemoteAccess({
        forwarding: trunkOnly,
        wanApiUsers: ['Alice', 'Bob'],
        vpn: false,
      }),
    ).toEqual([{ code: 'unreachable-users', users: ['Alice', 'Bob'] }]);
  });

  it('finds nothing when the forwarding and the access go together', () => {
    expect(
      crossCheckRemoteAccess({ forwarding: open, wanApiUsers: ['Alice'], vpn: false }),
    ).toEqual([]);
    expect(
      crossCheckRemoteAccess({ forwarding: [], wanApiUsers: ['Alice'], vpn: true }),
    ).toEqual([]);
    expect(
      crossCheckRemoteAccess({ forwarding: [], wanApiUsers: [], vpn: false }),
    ).toEqual([]);
  });
});

describe('remote access cross-check wording', () => {
  const words = (lang: 'en' | 'fr') => messages(lang).ports.crossCheck;

  it('words both findings in both languages, with the ports and the users', () => {
    expect(words('en')['close-forwarding']({ ports: '443', users: '', count: 0 })).toBe(
      'The router forwards public port 443 to port 50443, yet no user has WAN API access, so nobody can use it: remove the forwarding, or give WAN API access to the users who need it (4.8).',
    );
    expect(
      words('en')['unreachable-users']({ ports: '', users: 'Alice', count: 1 }),
    ).toContain(
      'Alice has WAN API access, but nothing is forwarded to port 50443 and there is no VPN: this user cannot reach the system from the Internet.',
    );
    expect(
      words('fr')['unreachable-users']({ ports: '', users: 'Alice, Bob', count: 2 }),
    ).toContain(
      'Alice, Bob ont l’« accès WAN API », mais rien n’est redirigé vers le port 50443 et il n’y a pas de VPN : ces 2 utilisateurs ne peuvent pas joindre le système depuis Internet.',
    );
  });
});
