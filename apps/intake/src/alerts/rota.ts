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
  /**
   * Each agency's permanence cell (issue 29, item 7): its POCs (by principal name) in escalation
   * order, alerted when OCAM asks the agency a question or sends it a request for information; its
   * own escalation time (else the rota's) and its own webhook, signed with the secret in the
   * environment variable `secretEnv` (never in this file).
   */
  permanenceCells?: Record<string, PermanenceCell>;
}

export interface PermanenceCell {
  escalateAfterSeconds?: number;
  onDuty: OnCall[];
  webhook?: { url: string; secretEnv: string };
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
  const people = (list: unknown, where: string) => {
    if (!Array.isArray(list) || list.length === 0) return problems.push(`${where} must list at least one person`);
    for (const [i, p] of (list as Partial<OnCall>[]).entries()) {
      if (typeof p?.name !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(p.name)) problems.push(`${where}[${i}].name must be a plain name`);
      if (typeof p?.email !== 'string' || !EMAIL.test(p.email)) problems.push(`${where}[${i}].email must be an e-mail address`);
    }
  };
  for (const [agency, cell] of Object.entries(raw.permanenceCells ?? {})) {
    const where = `permanenceCells.${agency}`;
    if (!/^[a-z][a-z0-9-]{1,39}$/.test(agency)) problems.push(`${where}: not an agency code`);
    people(cell?.onDuty, `${where}.onDuty`);
    if (cell?.escalateAfterSeconds !== undefined && !(typeof cell.escalateAfterSeconds === 'number' && cell.escalateAfterSeconds > 0))
      problems.push(`${where}.escalateAfterSeconds must be > 0`);
    if (cell?.webhook !== undefined) {
      if (typeof cell.webhook?.url !== 'string' || !/^https?:\/\//.test(cell.webhook.url))
        problems.push(`${where}.webhook.url must be an http(s) URL`);
      const secret = typeof cell.webhook?.secretEnv === 'string' ? process.env[cell.webhook.secretEnv] : undefined;
      if (!secret || secret.length < 32)
        problems.push(`${where}.webhook.secretEnv must name an environment variable holding at least 32 characters`);
    }
  }
  if (problems.length) throw new Error(`alert rota ${file}: ${problems.join('; ')}`);
  return raw as Rota;
}
