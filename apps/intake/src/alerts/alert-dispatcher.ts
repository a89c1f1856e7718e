import { envInt } from '@passerelle/contracts';
import { persistenceConfigFromEnv } from '@passerelle/persistence';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AlertLedger } from './alert-ledger';
import { AlertKind, AlertsRepository, deliveryTarget, DueDelivery, RecordAlertFacts } from './alerts.repository';
import { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { alertLink, EmailSender, WebhookSender } from './alert-senders';
import { loadRota, Rota } from './rota';

/**
 * Sends what the alerts outbox holds (intake.alert_deliveries), apart from the pipeline: a slow or
 * failing SMTP relay or webhook delays alerts only, never a feed. Up to `concurrency` deliveries are
 * under way at once, at most one per target (an address, a webhook URL), so a relay or a webhook that
 * hangs holds only what goes to it. A failed delivery is retried with exponential backoff and parked
 * after `ALERTS_MAX_ATTEMPTS`; parked deliveries show on /health. Unacknowledged alerts escalate
 * along the rota.
 */
@Injectable()
export class AlertDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Alerts');
  readonly rota: Rota = loadRota();
  readonly email = new EmailSender();
  readonly webhook = new WebhookSender();
  private readonly pollMs = envInt(process.env, 'ALERTS_POLL_MS', 1000, { min: 10 });
  private readonly maxAttempts = envInt(process.env, 'ALERTS_MAX_ATTEMPTS', 8, { min: 1, max: 100 });
  private readonly backoffBaseMs = envInt(process.env, 'ALERTS_BACKOFF_MS', 1000, { min: 1 });
  /**
   * Deliveries under way at once (`ALERTS_CONCURRENCY`): each holds its row, so a connection, for
   * its whole send; at most half the pool, so that hanging sends never starve the pipeline.
   */
  readonly concurrency = alertConcurrency();
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  /** The senders at work: each claims and sends one delivery after another until none is due. */
  private readonly workers = new Set<Promise<void>>();
  /** The targets (`deliveryTarget`) a delivery is being sent to now, by this instance. */
  private readonly busy = new Set<string>();
  /** Claims are made one at a time here, so that two senders never claim for the same target. */
  private claimTurn: Promise<void> = Promise.resolve();
  private failed = 0;

  constructor(
    private readonly alerts: AlertsRepository,
    private readonly ledger: AlertLedger,
  ) {}

  /** Writes alert steps for the ledger in a transaction (see AlertLedger). */
  readonly record: RecordAlertFacts = (facts, em) => this.ledger.record(facts, em);

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await Promise.all([...this.workers]);
    this.email.close();
  }

  /** Who the rota (OCAM's, or the agency's permanence cell) names at a step (null past its end). */
  recipientAt(step: number, agency: string | null = null) {
    const people = agency ? this.rota.permanenceCells?.[agency]?.onDuty : this.rota.onDuty;
    return people?.[step] ?? null;
  }

  nextEscalation(agency: string | null = null): Date {
    const seconds = (agency ? this.rota.permanenceCells?.[agency]?.escalateAfterSeconds : undefined) ?? this.rota.escalateAfterSeconds;
    return new Date(Date.now() + seconds * 1000);
  }

  /** Where an alert's webhook goes: the cell's own for an agency (none: e-mail only), else the deployment's. */
  webhookFor(agency: string | null): string | null {
    return agency ? (this.rota.permanenceCells?.[agency]?.webhook?.url ?? null) : this.webhook.url;
  }

  /**
   * OCAM asked an agency a question about its signal, or sent it an RFI: its permanence cell is
   * alerted (the first POC of the cell, escalating along it), in the caller's transaction. An agency
   * without a permanence cell in the rota gets no alert (logged, without content).
   */
  async raiseForAgency(
    kind: Extract<AlertKind, 'question' | 'rfi'>,
    what: { agency: string; ref: string; signalId?: string | null; productId?: string | null; exercise?: boolean }[],
    em: EntityManager,
  ): Promise<number> {
    const alerts = [];
    for (const w of what) {
      const first = this.recipientAt(0, w.agency);
      if (!first) {
        this.logger.warn(`no permanence cell for agency ${w.agency} in the alert rota: its ${kind} raises no alert`);
        continue;
      }
      alerts.push({
        id: randomUUID(),
        kind,
        level: 'request',
        signalId: w.signalId ?? null,
        productId: w.productId ?? null,
        agency: w.agency,
        ref: w.ref,
        rotaVersion: this.rota.version,
        recipient: first.name,
        escalateAt: this.recipientAt(1, w.agency) ? this.nextEscalation(w.agency) : null,
        exercise: w.exercise === true,
      });
    }
    const raised = await this.alerts.raise(
      alerts,
      (a) => {
        const hook = this.webhookFor(a.agency ?? null);
        return [
          { channel: 'email' as const, target: this.recipientAt(0, a.agency ?? null)!.email },
          ...(hook ? [{ channel: 'webhook' as const, target: hook }] : []),
        ];
      },
      em,
      this.record,
    );
    return raised.length;
  }

  /** Parked deliveries by channel: what /health reports. */
  parked(): Promise<Record<string, number>> {
    return this.alerts.parked();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pass().finally(() => this.schedule());
    }, this.pollMs);
  }

  /** Escalates what is due, then puts senders to work on the due deliveries (without waiting for their sends). */
  async pass(): Promise<void> {
    try {
      await this.alerts.escalate(
        (s, agency) => this.recipientAt(s, agency),
        (agency) => this.nextEscalation(agency),
        (agency) => this.webhookFor(agency),
        this.record,
      );
    } catch (e) {
      this.logger.warn(`alerts escalation failed: ${(e as { code?: string }).code ?? (e as Error).name}`);
    }
    while (!this.stopped && this.workers.size < this.concurrency) {
      const w: Promise<void> = this.work().finally(() => this.workers.delete(w));
      this.workers.add(w);
    }
    if (this.failed) {
      this.logger.warn(`alerts: ${this.failed} delivery attempt(s) failed, retried later or parked`);
      this.failed = 0;
    }
  }

  /** One sender: claims a due delivery (none to a busy target), sends it, and again, until none is left. */
  private async work(): Promise<void> {
    while (!this.stopped) {
      let release!: () => void;
      const turn = this.claimTurn;
      this.claimTurn = new Promise<void>((r) => (release = r));
      let target: string | null = null;
      try {
        await turn;
        const done = await this.alerts.deliverOne(
          (d) => this.send(d),
          (attempts) => Math.min(this.backoffBaseMs * 2 ** (attempts - 1), 15 * 60_000),
          this.maxAttempts,
          this.record,
          [...this.busy],
          (d) => {
            if (d) this.busy.add((target = deliveryTarget(d)));
            release();
          },
        );
        if (done === null) return;
        if (done === 'failed') this.failed++;
      } catch (e) {
        this.logger.warn(`alerts delivery failed: ${(e as { code?: string }).code ?? (e as Error).name}`);
        return;
      } finally {
        release();
        if (target) this.busy.delete(target);
      }
    }
  }

  private send(d: DueDelivery): Promise<void> {
    const m = { alertId: d.alertId, level: d.level, link: alertLink(d.alertId), exercise: d.exercise };
    if (d.channel === 'email') return this.email.send(d.target, m);
    const cell = d.agency ? this.rota.permanenceCells?.[d.agency]?.webhook : undefined;
    return this.webhook.send(d.target, m, cell ? process.env[cell.secretEnv] : undefined);
  }
}

/**
 * `ALERTS_CONCURRENCY` (default 4, 1 to 64), read once: at most half of `DATABASE_POOL_SIZE` (at
 * least one), since every delivery under way holds a connection for its row lock.
 */
export function alertConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  const wanted = envInt(env, 'ALERTS_CONCURRENCY', 4, { min: 1, max: 64 });
  return Math.max(1, Math.min(wanted, Math.floor(persistenceConfigFromEnv(env).poolSize / 2)));
}
