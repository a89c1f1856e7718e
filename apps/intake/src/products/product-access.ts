import { AccessRecordedEvent } from '@passerelle/contracts';
import { Principal } from '@passerelle/security';
import { randomBytes, randomUUID } from 'node:crypto';

/** The access record of a read that returned these products (one record per read, listing them). */
export function productReadRecord(principal: Principal, endpoint: string, productIds: string[], traceId?: string): AccessRecordedEvent {
  return {
    eventId: randomUUID(),
    occurredAt: new Date().toISOString(),
    principalId: principal.id,
    principalName: principal.name,
    role: principal.role,
    endpoint,
    outcome: 'read',
    ...(productIds.length === 1 ? { resourceId: productIds[0] } : {}),
    ...(productIds.length ? { productIds: productIds.slice(0, 500) } : {}),
    ...(principal.agency ? { agency: principal.agency, agencies: [principal.agency] } : {}),
    traceId: traceId && /^[0-9a-f]{32}$/.test(traceId) ? traceId : randomBytes(16).toString('hex'),
  };
}
