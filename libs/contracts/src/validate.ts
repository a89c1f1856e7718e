import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { SignalSubmission } from './signal';

export interface ContractError {
  path: string;
  reason: string;
}

export function flattenErrors(errors: ValidationError[], parent = ''): ContractError[] {
  const out: ContractError[] = [];
  for (const e of errors) {
    const path = /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : parent ? `${parent}.${e.property}` : e.property;
    for (const reason of Object.values(e.constraints ?? {})) out.push({ path, reason });
    if (e.children?.length) out.push(...flattenErrors(e.children, path));
  }
  return out;
}

/**
 * Validates untrusted JSON against a contract class, exactly as the HTTP edge does (whitelist,
 * unknown fields refused). Used by the gateway's batch endpoint and by the router for direct
 * Kafka submissions, so both entry paths apply the same rules.
 */
export function validateAs<T extends object>(cls: new () => T, value: unknown, pathPrefix = ''): { value?: T; errors: ContractError[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { errors: [{ path: pathPrefix, reason: 'must be a JSON object' }] };
  }
  const instance = plainToInstance(cls, value);
  const errors = flattenErrors(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }), pathPrefix);
  return errors.length ? { errors } : { value: instance, errors };
}

export const validateSignal = (value: unknown, pathPrefix = '') => validateAs(SignalSubmission, value, pathPrefix);
