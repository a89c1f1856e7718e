import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A person an alert can reach: a name (for the trail) and an e-mail address. */
export interface OnCall {
  name: string;
  email: string;
}

/**
 * The on-call rota (issue 29, item 7): data, versioned like routing rules. `onDuty` in escalation
 * order: an alert goes to the first, and to the next each time `escalateAfterSeconds` pass without
 * an acknowledgement. File: `ALERTS_ROTA_FILE` (default infra/alerts/rota.json).
 */
export interface Rota {
  version: number;
  escalateAfterSeconds: number;
  onDuty: OnCall[];
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Reads and checks the rota; a broken file stops the intake with the reason. */
export function loadRota(file = process.env.ALERTS_ROTA_FILE ?? resolve(process.cwd(), 'infra/alerts/rota.json')): Rota {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<Rota>;
  const problems: string[] = [];
  if (!Number.isInteger(raw.version) || raw.version! < 1) problems.push('version must be a positive integer');
  if (typeof raw.escalateAfterSeconds !== 'number' || !(raw.escalateAfterSeconds > 0)) problems.push('escalateAfterSeconds must be > 0');
  if (!Array.isArray(raw.onDuty) || raw.onDuty.length === 0) problems.push('onDuty must list at least one person');
  for (const [i, p] of (raw.onDuty ?? []).entries()) {
    if (typeof p?.name !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(p.name)) problems.push(`onDuty[${i}].name must be a plain name`);
    if (typeof p?.email !== 'string' || !EMAIL.test(p.email)) problems.push(`onDuty[${i}].email must be an e-mail address`);
  }
  if (problems.length) throw new Error(`alert rota ${file}: ${problems.join('; ')}`);
  return raw as Rota;
}
