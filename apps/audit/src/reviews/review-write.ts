import { Principal } from '@passerelle/security';
import canonicalize from 'canonicalize';
import { createHash, randomUUID } from 'node:crypto';
import { ledgerInstant, LedgerFacts } from '../ledger/ledger-entry';
import { OVERSIGHT_SOURCE_TOPIC } from '../oversight/record-oversight-query.usecase';
import { ReviewPeriod } from './review-scope';

/** A review's own entry in the ledger (a mark, a sign-off): the officer, the scope's agency, facts only. */
export function reviewEntry(
  officer: Principal,
  action: string,
  p: ReviewPeriod,
  review: string,
  extra: Record<string, unknown>,
): LedgerFacts {
  const details = { review, scope: p.scope, from: p.from, to: p.to, ...extra, principalName: officer.name, role: officer.role };
  return {
    eventId: randomUUID(),
    occurredAt: ledgerInstant(new Date()),
    actor: `principal:${officer.id}`,
    action,
    agency: p.agency,
    signalId: null,
    correlationId: null,
    traceId: null,
    sourceTopic: OVERSIGHT_SOURCE_TOPIC,
    sourcePartition: 0,
    sourceOffset: '0',
    payloadDigest: createHash('sha256')
      .update(canonicalize(details) ?? '')
      .digest('hex'),
    details,
  };
}
