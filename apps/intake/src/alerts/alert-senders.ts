import { envInt } from '@passerelle/contracts';
import { createHmac } from 'node:crypto';
import { createTransport, Transporter } from 'nodemailer';

/** What every alert says, and all it says: no signal content, no names, no category. */
export interface AlertMessage {
  alertId: string;
  level: string;
  link: string;
  /** An exercise's alert: said in the subject, on the first line and in the webhook's body, so that nobody takes a drill for a real alert. */
  exercise?: boolean;
}

/** What an exercise's alert says first. */
export const EXERCISE_LABEL = 'EXERCISE';

export const alertLink = (alertId: string): string =>
  `${(process.env.ALERTS_LINK_BASE ?? 'https://passerelle.invalid').replace(/\/$/, '')}/v1/alerts/${alertId}`;

/** E-mail through the deployment's SMTP relay (`SMTP_URL`, e.g. smtp://relay:25 or smtps://user:pass@relay:465). */
export class EmailSender {
  private readonly transport: Transporter | null;

  constructor(url = process.env.SMTP_URL) {
    const u = url ? new URL(url) : null;
    this.transport = u
      ? createTransport({
          host: u.hostname,
          port: Number(u.port || (u.protocol === 'smtps:' ? 465 : 25)),
          secure: u.protocol === 'smtps:',
          ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
          connectionTimeout: 5000,
          greetingTimeout: 5000,
          socketTimeout: 10_000,
        })
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  async send(to: string, m: AlertMessage): Promise<void> {
    if (!this.transport) throw Object.assign(new Error('SMTP_URL is not set'), { code: 'smtp-not-configured' });
    await this.transport.sendMail({
      from: process.env.ALERTS_MAIL_FROM ?? 'passerelle-alerts@localhost',
      to,
      subject: `[Passerelle]${m.exercise ? ` [${EXERCISE_LABEL}]` : ''} ${m.level} alert ${m.alertId}`,
      text: [
        ...(m.exercise ? [`${EXERCISE_LABEL}: this alert belongs to an exercise, not to a real event.`, ''] : []),
        `Alert: ${m.alertId}`,
        `Level: ${m.level}`,
        `Open: ${m.link}`,
        '',
        `Acknowledge: POST /v1/alerts/${m.alertId}/acknowledgement`,
      ].join('\n'),
    });
  }

  close(): void {
    this.transport?.close();
  }
}

/**
 * The signature of a webhook call: HMAC-SHA256 under `ALERTS_WEBHOOK_SECRET` of
 * `<timestamp>.<body>`, sent as `X-Passerelle-Signature: sha256=<hex>` with `X-Passerelle-Timestamp`
 * (seconds since the epoch). The receiver recomputes it and refuses a stale timestamp.
 */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** A signed POST to the operator's webhook (`ALERTS_WEBHOOK_URL`), with a timeout. */
export class WebhookSender {
  readonly url: string | null = process.env.ALERTS_WEBHOOK_URL || null;
  private readonly secret = process.env.ALERTS_WEBHOOK_SECRET ?? '';
  private readonly timeoutMs = envInt(process.env, 'ALERTS_WEBHOOK_TIMEOUT_MS', 5000, { min: 1, max: 600_000 });

  constructor() {
    if (this.url && this.secret.length < 32)
      throw new Error('ALERTS_WEBHOOK_SECRET must be at least 32 characters when ALERTS_WEBHOOK_URL is set');
  }

  /** Sends to `target`, signed with `secret` (a permanence cell's own) or the deployment's. */
  async send(target: string, m: AlertMessage, secret = this.secret): Promise<void> {
    const body = JSON.stringify({ alertId: m.alertId, level: m.level, link: m.link, exercise: m.exercise === true });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const res = await fetch(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-passerelle-timestamp': timestamp,
        'x-passerelle-signature': webhookSignature(secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw Object.assign(new Error(`webhook answered ${res.status}`), { code: `http-${res.status}` });
  }
}
