import { derivedId } from '@passerelle/crypto';
import { KafkaClient, KafkaProducer } from '@passerelle/testing';
import { exampleSignal } from './http';

/** One signal the load offered: accepted (answered 202 / acknowledged) or in doubt (no answer). */
export interface Offered {
  ref: string;
  signalId: string;
  via: 'gateway' | 'direct';
  at: number;
  partition?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- signals are plain JSON here
export type Signal = Record<string, any>;

/**
 * A signal unique in content (so never a content duplicate of another) and in subject (its own
 * passport number and name, so each opens its own dossier and the load spreads over partitions).
 */
export function uniqueSignal(ref: string, n: number): Signal {
  const s = exampleSignal('subject-person', ref);
  s.subjects[0].familyName = `Faultload ${ref}`;
  s.subjects[0].documents[0].number = `FL${ref.replace(/[^A-Za-z0-9]/g, '').slice(-20)}`;
  s.observedAt = new Date(Date.now() - 3600_000 - (n % 86_400) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  s.summary = `Fault-injection load, signal ${ref}.`;
  return s;
}

export interface LoadOptions {
  /** Prefix of every externalRef of this load, unique per run and case. */
  tag: string;
  gatewayUrl: string;
  apiKey: string;
  /** Gateway agency (the POC's). */
  gatewayAgency: string;
  kafka: KafkaClient;
  directTopic: string;
  directAgency: string;
  partitions: number;
  gatewayBatch?: number;
  directBatch?: number;
  tickMs?: number;
}

/**
 * The steady load of the fault tests: batches through the gateway's HTTP API and bare signals
 * produced straight onto an agency topic (explicit partitions, round robin), each at a fixed pace.
 *
 * A gateway batch that gets no answer (network error, 5xx) is sent again with the same content
 * until it does: the gateway answers `repeated` for what it had already stored, so the accepted set
 * is exact. A direct send that fails is not retried (a second copy would be a second submission);
 * its signals are kept apart as "in doubt" — each may or may not have reached the topic.
 */
export class SteadyLoad {
  readonly accepted: Offered[] = [];
  readonly inDoubt: Offered[] = [];
  readonly counters = {
    gatewayRequests: 0,
    gatewayRetries: 0,
    gatewayFailures: 0,
    directSends: 0,
    directFailures: 0,
    directUnacknowledged: 0,
    refused: 0,
  };
  readonly problems: string[] = [];
  private running = false;
  private loops: Promise<void>[] = [];
  private n = 0;
  private producer?: KafkaProducer;
  private rr = 0;

  constructor(private readonly o: LoadOptions) {}

  start(): void {
    this.running = true;
    this.loops = [this.gatewayLoop(), this.directLoop()];
  }

  /** Stops offering new signals; an unanswered gateway batch keeps being retried up to `drainMs`. */
  async stop(drainMs = 60000): Promise<void> {
    this.running = false;
    this.drainUntil = Date.now() + drainMs;
    await Promise.all(this.loops);
    await this.producer?.disconnect().catch(() => undefined);
  }

  private drainUntil = 0;

  acceptedBefore(t: number): Offered[] {
    return this.accepted.filter((a) => a.at <= t);
  }

  private next(kind: string): { ref: string; n: number } {
    const n = ++this.n;
    return { ref: `${this.o.tag}-${kind}-${n}`, n };
  }

  private async pace(t0: number): Promise<void> {
    const wait = (this.o.tickMs ?? 500) - (Date.now() - t0);
    if (wait > 0 && this.running) await new Promise((r) => setTimeout(r, wait));
  }

  private async gatewayLoop(): Promise<void> {
    while (this.running) {
      const t0 = Date.now();
      const batch = Array.from({ length: this.o.gatewayBatch ?? 50 }, () => {
        const { ref, n } = this.next('g');
        return uniqueSignal(ref, n);
      });
      await this.submitBatch(batch);
      await this.pace(t0);
    }
  }

  private async submitBatch(batch: Signal[]): Promise<void> {
    const body = JSON.stringify({ signals: batch });
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) this.counters.gatewayRetries++;
      this.counters.gatewayRequests++;
      try {
        const res = await fetch(`${this.o.gatewayUrl}/v1/signals/batch`, {
          method: 'POST',
          headers: { authorization: `Bearer ${this.o.apiKey}`, 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(20000),
        });
        if (res.status === 200) {
          const answer = (await res.json()) as { results: { outcome: string; signalId?: string; externalRef?: string; index: number }[] };
          const at = Date.now();
          for (const r of answer.results) {
            if (r.outcome === 'accepted' || r.outcome === 'repeated') {
              this.accepted.push({ ref: batch[r.index].externalRef, signalId: r.signalId!, via: 'gateway', at });
            } else {
              this.counters.refused++;
              this.problems.push(`gateway ${r.outcome} for ${batch[r.index].externalRef}: ${JSON.stringify(r).slice(0, 300)}`);
            }
          }
          return;
        }
        await res.text().catch(() => undefined);
      } catch {
        // no answer: the batch may or may not be stored; sending it again tells
      }
      this.counters.gatewayFailures++;
      if (!this.running && Date.now() > this.drainUntil) {
        // Never answered: the gateway's table says which of these it stored.
        for (const s of batch) this.inDoubt.push({ ref: s.externalRef, signalId: '', via: 'gateway', at: Date.now() });
        return;
      }
      await new Promise((r) => setTimeout(r, Math.min(1000, 100 * 2 ** Math.min(attempt, 4))));
    }
  }

  private async connectProducer(): Promise<KafkaProducer | undefined> {
    if (this.producer) return this.producer;
    const producer = this.o.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      retry: { retries: 5 },
    });
    try {
      await producer.connect();
      this.producer = producer;
      return producer;
    } catch {
      await producer.disconnect().catch(() => undefined);
      return undefined;
    }
  }

  private async directLoop(): Promise<void> {
    while (this.running) {
      const t0 = Date.now();
      const producer = await this.connectProducer();
      if (producer) {
        const messages = Array.from({ length: this.o.directBatch ?? 25 }, () => {
          const { ref, n } = this.next('d');
          const partition = this.rr++ % this.o.partitions;
          return { ref, partition, value: JSON.stringify(uniqueSignal(ref, n)) };
        });
        const offered = (at: number) =>
          messages.map((m) => ({
            ref: m.ref,
            signalId: derivedId('signal', this.o.directAgency, m.ref),
            via: 'direct' as const,
            at,
            partition: m.partition,
          }));
        this.counters.directSends++;
        try {
          const acked = await producer.send({
            topic: this.o.directTopic,
            acks: -1,
            messages: messages.map((m) => ({ key: m.ref, value: m.value, partition: m.partition })),
          });
          // kafkajs can resolve a send that dropped a partition's messages on a retry after a leader
          // change (see KafkaPublisher.send): only partitions the broker acknowledged count.
          const written = new Set(acked.filter((r) => r.errorCode === 0).map((r) => r.partition));
          const all = offered(Date.now());
          this.accepted.push(...all.filter((o) => written.has(o.partition!)));
          const unacknowledged = all.filter((o) => !written.has(o.partition!));
          if (unacknowledged.length) {
            this.counters.directUnacknowledged += unacknowledged.length;
            this.inDoubt.push(...unacknowledged);
            this.producer = undefined;
            await producer.disconnect().catch(() => undefined);
          }
        } catch {
          this.counters.directFailures++;
          this.inDoubt.push(...offered(Date.now()));
          // After a failed send the idempotent producer's sequence numbers may be out of step.
          this.producer = undefined;
          await producer.disconnect().catch(() => undefined);
        }
      }
      await this.pace(t0);
    }
  }
}
