import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

// 12 or 10 digits, optional separator: personnummer and samordningsnummer in any common form.
const personnummerPattern = /\b(?:19|20)?\d{6}[-+]?\d{4}\b/g;

/** Replaces every personal identity number in a text by its birth date and asterisks. */
export function maskPersonnummer(text: string): string {
  return text.replace(personnummerPattern, (m) => `${m.slice(0, m.length - 4).replace(/[-+]$/, '')}-****`);
}

function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonnummer(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: maskPersonnummer(value.message) };
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}

/** Where loggers made without a destination write instead of standard output (a test reads what a system it starts logs). */
let sharedDestination: DestinationStream | undefined;

/** Sends the logs of every logger made from now on without a destination to `destination` (undefined: standard output again). */
export function logTo(destination: DestinationStream | undefined): void {
  sharedDestination = destination;
}

/** A JSON logger that never prints a personal identity number in clear. */
export function createLogger(name: string, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    name,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' || process.env.VITEST ? 'silent' : 'info'),
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => maskDeep(a)) as Parameters<typeof method>);
      },
    },
  };
  const target = destination ?? sharedDestination;
  return target ? pino(options, target) : pino(options);
}

export type { Logger };
