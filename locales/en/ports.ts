import type {
  AppId,
  ForwardingAdvice,
  ForwardingProblem,
  PlanReminder,
  RemoteAccessFinding,
} from '../../src/ports/index.js';

type Port = { port: string; value: string };

export const ports = {
  usage: [
    'Usage: oxo-harden ports --public <port> [--release <release>] [--json]',
    '       oxo-harden ports --forward PUBLIC:OXO[:trunk] [--forward ...] --release <release> [--json]',
    '',
    'Plans remote access from the Internet after TC1143 chapter 3, or checks the forwarding rules',
    'already set on the customer’s Internet access device.',
    '',
    '  --public <port>      the public port the applications will use: prints the forwarding rule to set,',
    '                       the ExtHttpsPo value and every place the port must be entered',
    '  --forward P:O        a rule found on the router, public port P to the system’s port O; add :trunk',
    '                       for the declared public IP trunk. Repeat it for every rule.',
    '  --release <r>        the system’s release, for example R910/021.001 (required with --forward)',
    '  --json               the same as one JSON object on standard output',
    '',
    'Exit status: 0 when everything follows the note, 1 when a rule breaks it, 2 on bad usage.',
  ].join('\n'),
  publicEnd: ({ port }: { port: string }) => `{public IP, port ${port}}`,
  oxoEnd: ({ port }: { port: string }) => `{OXO IP, port ${port}}`,
  planHeading: 'Port forwarding to set on the Internet access device:',
  standardPort:
    'Public port 443 is the standard HTTPS port: ExtHttpsPo needs no change, and every application uses its default port.',
  otherPort: ({ port }: { port: string }) =>
    `Public port ${port} is not the standard HTTPS port 443, so every application must be given it:`,
  userApps: 'User applications (3.4.1)',
  managementApps: 'Management applications (3.4.2)',
  place: {
    pimphony: ({ port }: Port) =>
      `PIMphony (paired with a physical set): in its configuration wizard, port ${port}.`,
    'my-ic-mobile': ({ value }: Port) =>
      `My IC Mobile / OTCV: set the noteworthy address ExtHttpsPo (OMC: System Miscellaneous > Memory Read/Write > Other Labels) to ${value}, and the public URL or IP address in OMC: Hardware and Limits > LAN/IP Configuration > Router IP address / Domain name.`,
    'my-ic-web': ({ port }: Port) =>
      `My IC Web for Office: in the browser, https://<public address>:${port}`,
    omc: ({ port }: Port) =>
      `OMC: in the PCX name/IP address field of the connection window, <public address>:${port}`,
    'web-based-tool': ({ port }: Port) =>
      `Web-Based Tool: in the browser, https://<public address>:${port}`,
  } satisfies Record<AppId, unknown>,
  reminder: {
    'internet-port-only':
      'On the system’s side the destination is always port 50443, the one it keeps for the Internet: never 443 or 10443, its LAN ports (3.3).',
    'other-port-only-when-443-taken':
      'Use a public port other than 443 only when 443 is already taken on this public IP address by another HTTPS server, a web server for example (3.4).',
    'if-443-taken':
      'If another HTTPS server (a web server, for example) already uses public port 443 on this address, choose another unused public port and run this again with it (3.4).',
    'wan-api-access':
      'Forward to 50443 only if some users are given WAN API access, and give it only to the users of My IC Mobile, OTCV or remote PIMphony (4.8).',
    'pimphony-ip-vpn-only': 'Remote PIMphony IP is supported over a VPN only (3.3).',
  } satisfies Record<PlanReminder | ForwardingAdvice, string>,
  needsVpn: ({ line }: { line: string }) =>
    `Release ${line} is older than R8.2: the system cannot be reached from the Internet through port forwarding. Remote access needs a VPN, which neither the system nor the applications provide (3.2).`,
  forwardHeading: ({ release }: { release: string }) =>
    `Forwarding rules on the Internet access device, for ${release}:`,
  trunk: '(declared public IP trunk)',
  allowed: 'allowed: 50443 is the port the system keeps for the Internet.',
  allowedTrunk:
    'allowed as the declared public IP trunk, the one exception to 50443 (3.3).',
  problem: {
    'needs-vpn':
      'No forwarding is allowed before R8.2: remote access from the Internet needs a VPN (3.2). Remove this rule.',
    'lan-port': ({ port }: { port: string }) =>
      `${port} is one of the system’s LAN ports: never forward Internet traffic to 443 or 10443 (3.3). Forward to 50443 instead.`,
    'not-internet-port': ({ port }: { port: string }) =>
      `Internet traffic may reach the system on port 50443 only; port ${port} is allowed only for a public IP trunk, declared with :trunk (3.3).`,
  } satisfies Record<ForwardingProblem, unknown>,
  forwardingOk: 'Every forwarding rule follows the note.',
  forwardingBroken: ({ count }: { count: number }) =>
    count === 1
      ? 'One forwarding rule breaks the note’s rules: change it on the Internet access device.'
      : `${count} forwarding rules break the note’s rules: change them on the Internet access device.`,
  crossCheck: {
    'close-forwarding': ({ ports }: { ports: string; users: string; count: number }) =>
      `The router forwards public port ${ports} to port 50443, yet no user has WAN API access, so nobody can use it: remove the forwarding, or give WAN API access to the users who need it (4.8).`,
    'unreachable-users': ({
      users,
      count,
    }: {
      ports: string;
      users: string;
      count: number;
    }) =>
      count === 1
        ? `${users} has WAN API access, but nothing is forwarded to port 50443 and there is no VPN: this user cannot reach the system from the Internet. Add the forwarding {public IP, port 443} to {OXO IP, port 50443}, set up a VPN, or remove the WAN API access (4.8).`
        : `${users} have WAN API access, but nothing is forwarded to port 50443 and there is no VPN: these ${count} users cannot reach the system from the Internet. Add the forwarding {public IP, port 443} to {OXO IP, port 50443}, set up a VPN, or remove their WAN API access (4.8).`,
  } satisfies Record<RemoteAccessFinding['code'], unknown>,
  badPort: ({ option, value }: { option: string; value: string }) =>
    `${option} "${value}" is not a port: give a whole number from 1 to 65535.`,
  badForward: ({ value }: { value: string }) =>
    `--forward "${value}" is not a forwarding rule: write PUBLIC:OXO or PUBLIC:OXO:trunk, for example --forward 443:50443 or --forward 5060:5060:trunk.`,
  badForwardPort: ({ value, port }: { value: string; port: string }) =>
    `--forward "${value}": "${port}" is not a port. Each port is a whole number from 1 to 65535, written PUBLIC:OXO or PUBLIC:OXO:trunk, for example --forward 443:50443.`,
  forwardNeedsRelease:
    '--forward needs --release: before R8.2 no forwarding is allowed at all, so the verdict depends on it. Add it, for example --release R910/021.001.',
  nothingToDo:
    'Say what to plan or check: --public <port> for the port the applications will use from the Internet, or --forward PUBLIC:OXO (once per rule) with --release to check the router’s rules.',
};
