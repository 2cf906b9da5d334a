/** Configuration from the environment; every default runs on a bare machine (README lists them). */
import { isIP } from 'node:net';

export const env = (name: string, fallback: string): string => {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
};

export const envNumber = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got '${raw}'`);
  return value;
};

/** Where a process listens: an address of this machine (or 0.0.0.0, :: for all) and a port. */
export interface ListenAddress {
  host: string;
  port: number;
}

/**
 * HOST and PORT of this process, the one place every service reads them (docs/deploy.md).
 * HOST defaults to loopback, so `npm start` is reached from this machine only; a container or a
 * second host needs HOST=0.0.0.0 and, for a subgraph, SUBGRAPH_AUTHORITY (docs/security.md).
 */
export const listenAddress = (defaultPort: number): ListenAddress => {
  const host = env('HOST', '127.0.0.1');
  // An IP address, or a name the resolver gives one (a container's own service name).
  if (isIP(host) === 0 && !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(host)) throw new Error(`HOST must be an IP address or a host name, got '${host}'`);
  const port = envNumber('PORT', defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a whole number from 0 to 65535, got '${process.env.PORT}'`);
  return { host, port };
};

export const isProduction = (): boolean => process.env.NODE_ENV === 'production';

/** Where embedded state lives (PGlite files, development issuer keys). */
export const dataDir = (): string => env('LOTSEN_DATA_DIR', './.data');

/** Base URL of a Lotsen service, overridable per service (e.g. COORDINATION_URL). */
export const serviceUrl = (name: string, defaultPort: number): string => env(`${name.toUpperCase().replace(/-/g, '_')}_URL`, `http://127.0.0.1:${defaultPort}`);

// One formatter for the process (toLocaleDateString builds a new one on every call), and its
// answer kept for the minute: consent status asks for today's date once per consent and child.
const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });
let lastDay = { minute: Number.NaN, date: '' };

/** Today's date in Sweden (YYYY-MM-DD): consent validity and terms follow the Swedish calendar. */
export const todayInSweden = (now: Date = new Date()): string => {
  // Sweden's date changes on a whole minute (its offsets from UTC are whole hours).
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastDay.minute) lastDay = { minute, date: swedishDate.format(now) };
  return lastDay.date;
};
