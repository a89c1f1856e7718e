/*
 * Settings read from the environment, parsed one way (issue 24, item 5). A setting that is unset or
 * empty takes its default; a value that is set but wrong (not a number, not whole where it must be,
 * out of range) is an error naming the variable — thrown while the app starts, so a typo stops
 * start-up instead of running with NaN. Read a service's settings once, at start-up, into a typed
 * object (the model: apps/console/src/config.ts), never on a hot path.
 */

/** A setting the environment gives a wrong value: the message names the variable and what it needs. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    need: string,
    value: string,
  ) {
    // The value is quoted (cut short): these are numbers and flags, never secrets.
    super(`${variable} must be ${need}; it is "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`);
    this.name = 'ConfigError';
  }
}

export interface NumberBounds {
  /** The least value allowed (inclusive). */
  min?: number;
  /** The greatest value allowed (inclusive). */
  max?: number;
}

type Env = Record<string, string | undefined>;

const range = (b: NumberBounds): string =>
  b.min !== undefined && b.max !== undefined
    ? ` from ${b.min} to ${b.max}`
    : b.min !== undefined
      ? ` of at least ${b.min}`
      : b.max !== undefined
        ? ` of at most ${b.max}`
        : '';

function parsed(env: Env, name: string, fallback: number, bounds: NumberBounds, integer: boolean): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw.trim());
  const ok =
    Number.isFinite(n) &&
    (!integer || Number.isSafeInteger(n)) &&
    (bounds.min === undefined || n >= bounds.min) &&
    (bounds.max === undefined || n <= bounds.max);
  if (!ok) throw new ConfigError(name, `${integer ? 'an integer' : 'a number'}${range(bounds)}`, raw);
  return n;
}

/** An integer setting: `fallback` when unset or empty; a {@link ConfigError} naming `name` when wrong. */
export function envInt(env: Env, name: string, fallback: number, bounds: NumberBounds = {}): number {
  return parsed(env, name, fallback, bounds, true);
}

/** A number setting (fractions allowed): `fallback` when unset or empty; a {@link ConfigError} naming `name` when wrong. */
export function envNumber(env: Env, name: string, fallback: number, bounds: NumberBounds = {}): number {
  return parsed(env, name, fallback, bounds, false);
}

/** A yes/no setting (`true`/`false`, `1`/`0`, `yes`/`no`): `fallback` when unset or empty; a {@link ConfigError} when anything else. */
export function envFlag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (/^(1|true|yes)$/i.test(raw.trim())) return true;
  if (/^(0|false|no)$/i.test(raw.trim())) return false;
  throw new ConfigError(name, 'true or false', raw);
}

/** One of a fixed set of words: `fallback` when unset or empty; a {@link ConfigError} listing the choices when anything else. */
export function envChoice<T extends string>(env: Env, name: string, fallback: T, choices: readonly T[]): T {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const v = raw.trim() as T;
  if (!choices.includes(v)) throw new ConfigError(name, `one of ${choices.join(', ')}`, raw);
  return v;
}

/** A TCP port: `fallback` when unset or empty; 0 (any free port) to 65535. */
export function envPort(env: Env, name: string, fallback: number): number {
  return envInt(env, name, fallback, { min: 0, max: 65535 });
}
