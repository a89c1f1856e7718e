import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AlertLedger } from './alert-ledger';
import { AlertKind, AlertsRepository, DueDelivery, RecordAlertFacts } from './alerts.repository';
import { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { alertLink, EmailSender, WebhookSender } from './alert-senders';
import { loadRota, Rota } from './rota';

const num = (name: string, byDefault: number): number => {
  const v = Number(process.env[name] ?? byDefault);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number`);
  return v;
};

/**
 * Sends what the alerts outbox holds (intake.alert_deliveries), apart from the pipeline: a slow or
 * failing SMTP relay or webhook delays alerts only, never a feed. A failed delivery is retried with
 * exponential backoff and parked after `ALERTS_MAX_ATTEMPTS`; parked deliveries show on /health.
 * Unacknowledged alerts escalate along the rota.
 */
@Injectable()
export class AlertDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Alerts');
  readonly rota: Rota = loadRota();
  readonly email = new EmailSender();
  readonly webhook = new WebhookSender();
  private readonly pollMs = num('ALERTS_POLL_MS', 1000);
  private readonly maxAttempts = num('ALERTS_MAX_ATTEMPTS', 8);
  private readonly backoffBaseMs = num('ALERTS_BACKOFF_MS', 1000);
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

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
    what: { agency: string; ref: string; signalId?: string | null; productId?: string | null }[],
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

  /** Publishes ledger entries committed by a caller's transaction. */
  nudgeLedger(): void {
    this.ledger.nudge();
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

  async pass(): Promise<void> {
    try {
      const escalated = await this.alerts.escalate(
        (s, agency) => this.recipientAt(s, agency),
        (agency) => this.nextEscalation(agency),
        (agency) => this.webhookFor(agency),
        this.record,
      );
      const r = await this.alerts.deliverDue(
        (d) => this.send(d),
        (attempts) => Math.min(this.backoffBaseMs * 2 ** (attempts - 1), 15 * 60_000),
        this.maxAttempts,
        this.record,
      );
      if (escalated || r.sent || r.failed) this.ledger.nudge();
      if (r.failed) this.logger.warn(`alerts: ${r.failed} delivery attempt(s) failed, retried later or parked`);
    } catch (e) {
      this.logger.warn(`alerts pass failed: ${(e as { code?: string }).code ?? (e as Error).name}`);
    }
  }

  private send(d: DueDelivery): Promise<void> {
    const m = { alertId: d.alertId, level: d.level, link: alertLink(d.alertId) };
    if (d.channel === 'email') return this.email.send(d.target, m);
    const cell = d.agency ? this.rota.permanenceCells?.[d.agency]?.webhook : undefined;
    return this.webhook.send(d.target, m, cell ? process.env[cell.secretEnv] : undefined);
  }
}
