import { Logger } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import { codedReasons, ContractError, EventTypes } from '@passerelle/contracts';
import { derivedId } from '@passerelle/crypto';
import { DeadLetterEvent, MessageDecoder, MessageOpener } from './dead-letters';
import { errorCode } from './error-code';
import { IncomingMessage, OutgoingEvent, traceIdOfMessage } from './events';
import { KafkaSettings } from './kafka-settings';
import { KafkaPublisher } from './kafka-publisher';

/** The largest record a dead letter carries whole (base64 grows it by a third). */
const MAX_DEAD_LETTER_VALUE_BYTES = 600_000;

/** What a consumer publishes with the dead letter of a message it sets aside (BatchConsumerOptions.onDeadLetter). */
export type DeadLetterHook = (m: IncomingMessage, letter: DeadLetterEvent) => OutgoingEvent[];

/** The Prometheus counter of dead letters, registered in the service's registry. */
export function deadLetterCounter(metrics: Registry): Counter<'consumer'> {
  return new Counter({
    name: 'passerelle_dead_letters_total',
    help: 'Messages set aside on the dead-letter topic, by consumer',
    labelNames: ['consumer'],
    registers: [metrics],
  });
}

/**
 * Dead-lettering of one service: builds the dead letter of a message (its place, its reasons, the
 * record as it came off the log) with what its consumer says besides, and publishes them (acks=all)
 * before the offsets move on — for the transport's own checks, the sealed opener, failing handlers,
 * and use cases that refuse a message (`setAside`).
 */
export class DeadLetterer {
  private readonly logger = new Logger('Kafka');
  /** Messages set aside as dead letters since start. */
  deadLettered = 0;
  /** Each consumer's `BatchConsumerOptions.onDeadLetter`. */
  private readonly deadLetterHooks = new Map<string, DeadLetterHook>();

  constructor(
    private readonly settings: KafkaSettings,
    private readonly publisher: KafkaPublisher,
    private readonly deadLetterCount: Counter<'consumer'>,
  ) {}

  /** The events to publish with each dead letter of this consumer. */
  hook(consumer: string, onDeadLetter: DeadLetterHook): void {
    this.deadLetterHooks.set(consumer, onDeadLetter);
  }

  /** Opens sealed messages; publishes those that cannot be opened as dead letters (acks=all) and returns the others. */
  async setAsideUnopened(consumer: string, opener: MessageOpener, messages: IncomingMessage[]): Promise<IncomingMessage[]> {
    const opened = await opener(messages);
    const valid: IncomingMessage[] = [];
    const dead: OutgoingEvent[] = [];
    opened.forEach((o, i) => (Array.isArray(o) ? dead.push(...this.deadLetters(consumer, messages[i], o)) : valid.push(o)));
    await this.publisher.publish(dead);
    return valid;
  }

  /**
   * Decodes the messages (their `payload` set: dead-letters.ts `MessageDecoder`); publishes those that
   * fail as dead letters (acks=all) and returns the others, decoded.
   */
  async setAsideUndecodable(consumer: string, decode: MessageDecoder, messages: IncomingMessage[]): Promise<IncomingMessage[]> {
    const valid: IncomingMessage[] = [];
    const dead: OutgoingEvent[] = [];
    for (const m of messages) {
      let decoded: IncomingMessage | ContractError[];
      try {
        decoded = decode(m);
      } catch (e) {
        decoded = [{ path: '', reason: `unreadable: ${(e as Error).name}`, code: 'unreadable' }];
      }
      if (!Array.isArray(decoded)) valid.push(decoded);
      else dead.push(...this.deadLetters(consumer, m, decoded));
    }
    await this.publisher.publish(dead);
    return valid;
  }

  /**
   * Sets messages aside from inside a handler: what a use case refuses after a look at the database
   * (a fact the contract check cannot judge, e.g. that a principal named by an event belongs to the
   * topic's agency) goes to the service's dead-letter topic with its reasons, like the transport's own
   * checks, and the handler goes on with the rest. Published (acks=all) before it resolves, so before
   * the batch's offsets are committed; a batch handled again republishes the same letters (their ids
   * derive from the messages' places).
   */
  async setAside(consumer: string, refused: { message: IncomingMessage; reasons: ContractError[] }[]): Promise<void> {
    if (refused.length === 0) return;
    await this.publisher.publish(refused.flatMap((r) => this.deadLetters(consumer, r.message, r.reasons)));
  }

  /** The dead letter of one message, and what its consumer says about it besides (`BatchConsumerOptions.onDeadLetter`). */
  deadLetters(consumer: string, m: IncomingMessage, reasons: ContractError[]): OutgoingEvent[] {
    const letter = this.deadLetter(consumer, m, reasons);
    const hook = this.deadLetterHooks.get(consumer);
    if (!hook) return [letter];
    try {
      return [letter, ...hook(m, letter.payload as DeadLetterEvent)];
    } catch (e) {
      // The notice is a courtesy; the dead letter itself must go out whatever the hook makes of the message.
      this.logger.error(`consumer ${consumer}: no notice for dead letter ${m.topic}/${m.partition}@${m.offset} (${errorCode(e)})`);
      return [letter];
    }
  }

  /** The dead letter of one message: where it came from, why, and the record itself for a replay. */
  private deadLetter(consumer: string, m: IncomingMessage, reasons: ContractError[]): OutgoingEvent {
    this.deadLetterCount.inc({ consumer });
    this.deadLettered++;
    const wire = m.sealedValue !== undefined ? m.sealedValue : m.value;
    const payload: DeadLetterEvent = {
      // Derived from the message's place: a batch processed again republishes the same id.
      eventId: derivedId('dead-letter', consumer, m.topic, String(m.partition), m.offset),
      occurredAt: new Date().toISOString(),
      service: this.settings.service,
      consumer,
      sourceTopic: m.topic,
      sourcePartition: m.partition,
      sourceOffset: m.offset,
      sourceKey: m.key === null ? null : m.key.slice(0, 200),
      // Codes with field paths: the reasons a check gives may quote the value, and this topic goes to the ledger.
      reasons: codedReasons(reasons, 20),
      // A record near the broker's size limit would not fit once in base64: its place is enough
      // to find it (while the source topic retains it).
      // As it came off the log: a message the transport opened goes back sealed, never in clear.
      value: wire && wire.length <= MAX_DEAD_LETTER_VALUE_BYTES ? wire.toString('base64') : null,
      valueBytes: wire?.length ?? 0,
      headers: m.headers,
    };
    this.logger.warn(
      `dead letter from ${m.topic}/${m.partition}@${m.offset} (${consumer}): ${payload.reasons.map((r) => `${r.path || '(message)'}: ${r.reason}`).join('; ')}`,
    );
    return {
      id: payload.eventId,
      type: EventTypes.deadLetter,
      topic: this.settings.topics.deadLetters(this.settings.service),
      key: `${m.topic}/${m.partition}`,
      traceId: traceIdOfMessage(m) ?? derivedId('trace', payload.eventId).replace(/-/g, ''),
      source: `passerelle/${this.settings.service}`,
      time: payload.occurredAt,
      payload,
    };
  }
}
