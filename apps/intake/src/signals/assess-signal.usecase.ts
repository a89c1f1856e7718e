import { envFlag, TopicNames } from '@passerelle/contracts';
import { Injectable } from '@nestjs/common';
import { eventIds, InjectTopics, InjectTracerName, sealedFeedbackEvent, tracingOn, withSpan } from '@passerelle/messaging';
import { currentDigest } from '@passerelle/crypto';
import { Principal, visibilityOf } from '@passerelle/security';
import { IntakeOutbox } from '../outbox/intake-outbox';
import { AlertDispatcher } from '../alerts/alert-dispatcher';
import { AccessRecorder } from './access-recorder';
import { notVisible } from './analyst-reads.usecase';
import { SignalRow, SignalsRepository } from './signals.repository';
import { refusal } from '@passerelle/http';

export const OUTCOMES = ['relevant', 'not-relevant', 'more-information-requested', 'closed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * An analyst's assessment. Optimistic concurrency: the analyst states the version it assessed;
 * if somebody assessed in between, 409 and nothing changes. The assessment, its access record and
 * the feedback to the source agency commit together.
 *
 * With tracing on, the assessment is a span of the signal's trace (one trace per signal, from the
 * source's request to the assessment): a child of the span the signal was stored under, linked to
 * the analyst's request (a trace of its own). Its queries are its children, and the feedback it
 * sends the source is published as its child (docs/operations.md, "Tracing").
 */
@Injectable()
export class AssessSignalUseCase {
  /** Whether the source sees the analyst's name (off by default: it sees the outcome and question). */
  /** `FEEDBACK_NAMES_ANALYST` (default false); read when the app is built, a word other than true/false stops start-up. */
  private readonly nameAnalyst = envFlag(process.env, 'FEEDBACK_NAMES_ANALYST', false);

  constructor(
    private readonly signals: SignalsRepository,
    private readonly outbox: IntakeOutbox,
    private readonly access: AccessRecorder,
    @InjectTopics() private readonly topics: TopicNames,
    @InjectTracerName() private readonly tracer: string,
    private readonly alerts: AlertDispatcher,
  ) {}

  async assess(principal: Principal, signalId: string, a: { outcome: Outcome; note?: string; version: number }, endpoint: string) {
    const v = visibilityOf(principal);
    const row = await this.signals.findVisible(signalId, v);
    if (!row) throw notVisible('signal', signalId, await this.signals.embargoedFrom(signalId, v));
    const stored = { traceId: row.traceId, spanId: tracingOn() ? await this.signals.traceSpanId(signalId) : null };
    const result = await withSpan(
      this.tracer,
      'assess signal',
      { parent: stored, remember: true, attributes: { 'passerelle.signal.id': signalId, 'passerelle.signal.version': a.version } },
      () => this.record(principal, row, a, endpoint),
    );
    if (result === null) {
      const current = await this.signals.findVisible(signalId, visibilityOf(principal));
      throw refusal(409, 'problem.http-409.detail.assessed-meanwhile', {
        signalId,
        current: String(current?.version ?? '?'),
        sent: String(a.version),
      });
    }
    return { signalId, version: result, outcome: a.outcome };
  }

  /** The assessment, its access record and the feedback, in one transaction; null when the version moved on. */
  private record(
    principal: Principal,
    row: SignalRow,
    a: { outcome: Outcome; note?: string; version: number },
    endpoint: string,
  ): Promise<number | null> {
    const signalId = row.signalId;
    return this.signals.transaction(async (em) => {
      const version = await this.signals.assess(em, {
        signalId,
        expectedVersion: a.version,
        outcome: a.outcome,
        note: a.note ?? null,
        analystId: principal.id,
        analystName: principal.name,
      });
      if (version === null) return null;
      const now = new Date().toISOString();
      const traceId = row.traceId ?? '0'.repeat(32);
      const detail: Record<string, unknown> = { outcome: a.outcome, assessedAt: now };
      // The source learns what became of its signal; a request for more information carries the
      // analyst's question. Other notes stay inside the intake.
      const question = a.outcome === 'more-information-requested' && a.note ? a.note : null;
      if (question) detail.question = question;
      if (this.nameAnalyst) detail.analyst = principal.name;
      // Sealed with the signal's data key: the agency's inbox opens it, its Kafka client sees the
      // outcome code and the question's keyed digest (what the ledger records), and an erasure
      // shreds the copy on Kafka with the key.
      const feedbackId = eventIds.assessment(signalId, version);
      const feedback = sealedFeedbackEvent(this.topics, {
        id: feedbackId,
        occurredAt: now,
        signalId,
        traceId,
        agency: row.agency,
        status: 'assessed',
        detail,
        facts: { outcome: a.outcome, ...(question ? { questionDigest: currentDigest('question', question) } : {}) },
        dataKey: await this.signals.dataKey(em, signalId),
      });
      await this.outbox.enqueue([feedback], em);
      await this.access.record(principal, endpoint, [row], em);
      // OCAM's question reaches the source agency's permanence cell as an alert (no content).
      if (question)
        await this.alerts.raiseForAgency('question', [{ agency: row.agency, ref: feedbackId, signalId, exercise: row.exercise }], em);
      return version;
    });
  }
}
