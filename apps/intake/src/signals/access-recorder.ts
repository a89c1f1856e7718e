import { Injectable } from '@nestjs/common';
import { AccessRecordedEvent, EventTypes, TopicNames } from '@passerelle/contracts';
import { InjectTopics } from '@passerelle/messaging';
import { accessRecordHead, DeniedAttemptSink, Principal, ReadSignal, readRecords } from '@passerelle/security';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { IntakeOutbox } from '../outbox/intake-outbox';

/**
 * Records every read of signal content as `access.recorded.v1`, one record per read listing what
 * it returned. The record is made durable (the access outbox, a lane of its own) before the content
 * is returned; if it cannot be, the read fails. Reads of other things (statistics, principals) and
 * refused attempts (as the edge's sink of denied attempts) go the same way.
 */
@Injectable()
export class AccessRecorder implements DeniedAttemptSink {
  constructor(
    private readonly outbox: IntakeOutbox,
    @InjectTopics() private readonly topics: TopicNames,
  ) {}

  /** One read of these signals; with `em`, inside the caller's transaction (the relay nudged once it commits). */
  async record(principal: Principal, endpoint: string, signals: ReadSignal[], em?: EntityManager): Promise<void> {
    if (signals.length === 0) return;
    await this.outbox.enqueueAccess(
      readRecords(principal, endpoint, signals).map((payload) => ({
        topic: this.topics.accessRecorded,
        key: principal.id,
        id: payload.eventId,
        type: EventTypes.accessRecorded,
        traceId: payload.traceId!,
        payload,
      })),
      em,
    );
  }

  /** The release of an embargoed signal by a principal it names, in the caller's transaction: who, when, which signal, whose. */
  async recordRelease(
    principal: Principal,
    endpoint: string,
    signal: { signalId: string; agency: string; traceId: string | null },
    em: EntityManager,
  ): Promise<void> {
    const traceId = signal.traceId && /^[0-9a-f]{32}$/.test(signal.traceId) ? signal.traceId : randomBytes(16).toString('hex');
    const payload: AccessRecordedEvent = {
      ...accessRecordHead(principal, endpoint, 'embargo-released'),
      signalId: signal.signalId,
      agency: signal.agency,
      signalIds: [signal.signalId],
      agencies: [signal.agency],
      traceId,
    };
    await this.outbox.enqueueAccess(
      [
        {
          topic: this.topics.accessRecorded,
          key: principal.id,
          id: payload.eventId,
          type: EventTypes.accessRecorded,
          traceId,
          payload,
        },
      ],
      em,
    );
  }

  /** A read that shows no signal content (statistics, principals): who, through which endpoint, which id. */
  async recordRead(principal: Principal, endpoint: string, resourceId: string | null): Promise<void> {
    const payload: AccessRecordedEvent = {
      ...accessRecordHead(principal, endpoint, 'read'),
      ...(resourceId ? { resourceId } : {}),
    };
    await this.write([payload]);
  }

  /** Access records built elsewhere (the edge's denied attempts), in one outbox insert. */
  async write(records: AccessRecordedEvent[]): Promise<void> {
    if (records.length === 0) return;
    await this.outbox.enqueueAccess(
      records.map((payload) => {
        const traceId = payload.traceId ?? randomBytes(16).toString('hex');
        return {
          topic: this.topics.accessRecorded,
          key: payload.principalId ?? payload.source ?? 'unknown',
          id: payload.eventId,
          type: EventTypes.accessRecorded,
          traceId,
          payload,
        };
      }),
    );
  }
}
