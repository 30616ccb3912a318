/**
 * Ports as chapter 3 uses them. The system tells Internet traffic from LAN
 * traffic by the port it arrives on (3.3), so these numbers are the whole
 * policy: 50443 for the Internet, 443 and 10443 for the LAN.
 */

/** The only port of the system that traffic from the Internet may reach. */
export const INTERNET_PORT = 50443;

/** The system's LAN ports: never a destination for traffic from the Internet. */
export const LAN_PORTS: readonly number[] = [443, 10443];

/** The standard HTTPS port, which every application uses unless told otherwise. */
export const HTTPS_PORT = 443;

export const PORT_RANGE = { min: 1, max: 65535 } as const;

/** A port as typed: a whole number from 1 to 65535, digits only ("443", not "4e2" or "443.0"). */
export function parsePort(input: string): number | null {
  const text = input.trim();
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);

  return port >= PORT_RANGE.min && port <= PORT_RANGE.max ? port : null;
}

/**
 * ExtHttpsPo holds a port as two bytes, high byte first, the way OMC shows
 * a noteworthy address: 33443 is "82 A3" (3.4.1.2).
 */
export function extHttpsPo(port: number): string {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');

  return `${hex.slice(0, 2)} ${hex.slice(2)}`;
}

/**
 * An ExtHttpsPo value read back from OMC or a colleague's notes: "82 A3",
 * "82A3", "0x82A3", "82a3". Null when it is not two hex bytes, or when the
 * bytes do not make a port (00 00).
 */
export function parseExtHttpsPo(input: string): number | null {
  const match = /^(?:0x)?([0-9a-f]{2})\s?([0-9a-f]{2})$/i.exec(input.trim());
  if (!match) return null;
  const port = Number.parseInt(`${match[1]}${match[2]}`, 16);

  return port >= PORT_RANGE.min ? port : null;
}
