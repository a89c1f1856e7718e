import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AlertLedger } from './alert-ledger';
import { AlertsRepository, DueDelivery, RecordAlertFacts } from './alerts.repository';
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

  /** Who the rota names at a step (null past its end). */
  recipientAt(step: number) {
    return this.rota.onDuty[step] ?? null;
  }

  nextEscalation(): Date {
    return new Date(Date.now() + this.rota.escalateAfterSeconds * 1000);
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
        (s) => this.recipientAt(s),
        () => this.nextEscalation(),
        this.webhook.url,
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
    return d.channel === 'email' ? this.email.send(d.target, m) : this.webhook.send(d.target, m);
  }
}
