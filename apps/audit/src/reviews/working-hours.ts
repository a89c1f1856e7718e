import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** An agency's working hours: local to `timeZone`, on ISO weekdays `days` (1 = Monday), from `from` to `to` (exclusive). */
export interface WorkingHours {
  timeZone: string;
  days: number[];
  from: string;
  to: string;
}

export interface WorkingHoursFile {
  default: WorkingHours;
  agencies?: Record<string, WorkingHours>;
}

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;

function check(where: string, h: WorkingHours): WorkingHours {
  const fail = (what: string) => {
    throw new Error(`working hours (${where}): ${what}`);
  };
  if (!h || typeof h !== 'object') fail('an object { timeZone, days, from, to } is required');
  try {
    new Intl.DateTimeFormat('en', { timeZone: h.timeZone });
  } catch {
    fail(`unknown time zone '${String(h.timeZone)}'`);
  }
  if (!Array.isArray(h.days) || h.days.length === 0 || !h.days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7))
    fail('days must be ISO weekdays, 1 (Monday) to 7');
  if (!TIME.test(String(h.from)) || !TIME.test(String(h.to)) || h.from >= h.to) fail(`from and to must be HH:MM with from before to`);
  return { timeZone: h.timeZone, days: [...new Set(h.days)].sort(), from: h.from, to: h.to };
}

/**
 * The deployment's working hours per agency (infra/reviews/working-hours.json, or the file named by
 * REVIEW_WORKING_HOURS_FILE), checked when the audit starts: a wrong time zone or hour stops it with
 * the agency's name rather than silently flagging every read.
 */
export function loadWorkingHours(env: NodeJS.ProcessEnv = process.env): WorkingHoursFile {
  let file = env.REVIEW_WORKING_HOURS_FILE;
  for (let dir = __dirname; !file; dir = dirname(dir)) {
    const candidate = join(dir, 'infra/reviews/working-hours.json');
    if (existsSync(candidate)) file = candidate;
    else if (dirname(dir) === dir) throw new Error('infra/reviews/working-hours.json not found: set REVIEW_WORKING_HOURS_FILE');
  }
  const raw = JSON.parse(readFileSync(file, 'utf8')) as WorkingHoursFile;
  const agencies: Record<string, WorkingHours> = {};
  for (const [agency, h] of Object.entries(raw.agencies ?? {})) agencies[agency] = check(agency, h);
  return { default: check('default', raw.default), agencies };
}

/** The hours that apply to a review scope (an agency, or `ocam`). */
export function hoursOf(file: WorkingHoursFile, scope: string): WorkingHours {
  return file.agencies?.[scope] ?? file.default;
}
