import { URGENCIES, Urgency } from '@passerelle/contracts';

/**
 * Time allowed to assess a signal, by urgency: a deployment's own targets (INTAKE_DEADLINES), not a
 * legal time limit. Directive (EU) 2023/977 sets time limits for answers between member states'
 * law-enforcement authorities; it does not govern a support service's reporting to OCAM nor OCAM's
 * assessment (docs/legal-basis.md).
 */
export type Deadlines = Record<Urgency, number>;

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
export const DEFAULT_DEADLINES = 'immediate=8h,priority=3d,routine=7d';

/** Parses `INTAKE_DEADLINES`, e.g. `immediate=8h,priority=3d,routine=7d` (units m, h, d). */
export function parseDeadlines(spec: string = process.env.INTAKE_DEADLINES ?? DEFAULT_DEADLINES): Deadlines {
  const out: Partial<Deadlines> = {};
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([a-z]+)\s*=\s*(\d+)\s*([mhd])$/.exec(part);
    if (!m || !URGENCIES.includes(m[1] as Urgency)) {
      throw new Error(`INTAKE_DEADLINES: '${part}' is not <urgency>=<number><m|h|d> with urgency one of ${URGENCIES.join(', ')}`);
    }
    out[m[1] as Urgency] = Number(m[2]) * UNITS[m[3]];
  }
  return { immediate: 8 * UNITS.h, priority: 3 * UNITS.d, routine: 7 * UNITS.d, ...out };
}
