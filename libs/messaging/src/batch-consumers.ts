import { Logger } from '@nestjs/common';
import { Consumer, Kafka } from 'kafkajs';
import { Histogram, Registry } from 'prom-client';
import { BatchCoalescer } from './coalesce';
import { DeadLetterEvent, MessageDecoder, MessageOpener } from './dead-letters';
import { DeadLetterer } from './dead-lettering';
import { errorCode } from './error-code';
import { decodeHeaders, IncomingMessage, OutgoingEvent } from './events';
import { ClusterAdmin } from './cluster-admin';
import { KafkaPublisher } from './kafka-publisher';
import { groupId, KafkaSettings } from './kafka-settings';
import { MessagingConfig } from './messaging-config';
import { consumeSpans } from './tracing';
import { isTransient } from './transient';

const placeOf = (consumer: string, m: IncomingMessage) => `${consumer}\u0000${m.topic}\u0000${m.partition}\u0000${m.offset}`;

/** Postgres refusing a value for what it is (SQLSTATE class 22, data exception; 23514, check violation). */
const DATA_SQLSTATE = /^(22[0-9A-Z]{3}|23514)$/;

/**
 * The SQLSTATE when a handler's error is Postgres refusing a value — out of range for its column,
 * not valid for its type, against a check constraint: no retry can change that, and only the
 * message carrying the value is at fault. Undefined for any other error.
 */
export function dataErrorCode(e: unknown): string | undefined {
  for (let x = e as Record<string, unknown> | undefined, depth = 0; x && typeof x === 'object' && depth < 6; depth++) {
    if (typeof x.code === 'string' && DATA_SQLSTATE.test(x.code)) return x.code;
    x = (x.driverError ?? x.cause ?? x.originalError ?? x.original) as typeof x;
  }
  return undefined;
}

/**
 * A failed batch, to be delivered again. kafkajs gives up on some errors for good — a TypeError
 * or a RangeError from the handler stops the consumer without a restart — so the transport hands
 * it every failure in this one retriable form (the original under `original`, not `cause`, which
 * kafkajs would look through).
 */
export class RetryBatch extends Error {
  readonly retriable = true;
  /** Not enumerable: whatever serialises this error never reaches the original's query parameters. */
  declare readonly original: unknown;
  constructor(original: unknown) {
    super(`batch failed (${errorCode(original)}); delivering it again`);
    this.name = 'RetryBatch';
    Object.defineProperty(this, 'original', { value: original, enumerable: false });
  }
}

export interface BatchContext {
  heartbeat(): Promise<void>;
}

export interface BatchConsumerOptions {
  /** Logical name; the consumer group is `<prefix>passerelle.<name>`. */
  name: string;
  topics: (string | RegExp)[];
  /**
   * Called with every batch of one partition, in offset order. When it resolves, the effects must be
   * durable: the batch's offsets are committed right after. When it throws, nothing is committed and
   * the batch is delivered again, so the handler must be idempotent.
   */
  handle(messages: IncomingMessage[], ctx: BatchContext): Promise<void>;
  fromBeginning?: boolean;
  /**
   * The consumer's decoding and contract: run on every message before `handle`, which receives each
   * message with its `payload` set (parsed and validated once, here); a message it finds reasons
   * against goes to the service's dead-letter topic (`deadletters.<service>.v1`) with them, and never
   * reaches `handle`: one malformed message cannot block its partition.
   */
  decode?: MessageDecoder;
  /**
   * Opens sealed content before `decode` (sealed-opener.ts): each message comes back opened
   * (its value and `payload` the payload in clear, `sealedValue` what came off the log), unchanged when it was not
   * sealed, or as the reasons it cannot be opened (its key destroyed, its tag failing) — then it goes
   * to the dead-letter topic, sealed as it came, and never reaches `decode` or `handle`.
   */
  open?: MessageOpener;
  /**
   * Hand the batches of several partitions that arrive together to one call of `handle` (each
   * partition's messages still in offset order), for handlers that pay per call — a transaction,
   * a lock. `partitions`: how many partitions kafkajs hands over at once; `maxMessages`: the most
   * messages per call (whole batches; at least one).
   */
  coalesce?: { partitions: number; maxMessages: number };
  /**
   * Whether a message that fails `handle` with a non-transient error may go to the dead-letter
   * topic after `KAFKA_HANDLER_ATTEMPTS` tries (default true). A consumer of dead letters says
   * false: a dead letter is never dead-lettered again.
   */
  deadLetterOnFailure?: boolean;
  /**
   * What the service says about a message it sets aside, besides the dead letter: events published
   * with it, before the offsets move on (acks=all). The intake tells the source agency that a signal
   * it could not store failed (a `failed` notice on the agency's feedback topic, its receipt's status).
   */
  onDeadLetter?: (m: IncomingMessage, letter: DeadLetterEvent) => OutgoingEvent[];
}

/** One running consumer, as its runner and health see it. */
export interface ConsumerState {
  consumer?: Consumer;
  group: string;
  joined: boolean;
  crashed?: string;
  topics: string[];
  refreshing?: boolean;
  timer?: NodeJS.Timeout;
  /** Stopped for good (`stop`): no refresh, no restart, errors retried rather than dead-lettered. */
  stopped?: boolean;
  /** When a batch was last handled and committed. */
  progressAt: number;
  /** The disconnect of the consumer once stopped (`stop`), shared by every later call. */
  leaving?: Promise<void>;
  /** The start of the latest consumer (at first, after a topic refresh or a crash): `stop` waits for it, then disconnects that one. */
  starting?: Promise<void>;
}

/** The Prometheus histogram of batch times, registered in the service's registry. */
export function batchSecondsHistogram(metrics: Registry): Histogram<'consumer'> {
  return new Histogram({
    name: 'passerelle_consumer_batch_seconds',
    help: 'Time to handle and commit one batch (one partition, or one coalesced call)',
    labelNames: ['consumer'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics],
  });
}

/**
 * The batch consumers of one service: each one's loop (offsets committed after the handler), its
 * topic refresh and its restart after a crash kafkajs will not restart, and guarded handling —
 * transient failures retried, others retried a few times then isolated and dead-lettered.
 */
export class BatchConsumers {
  private readonly logger = new Logger('Kafka');
  /** Every consumer started, by name (read by `ConsumerHealth`). */
  readonly consumers = new Map<string, ConsumerState>();
  /** The service is shutting down: nothing is dead-lettered any more, readiness says no. */
  closing = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly settings: KafkaSettings,
    private readonly config: MessagingConfig,
    private readonly admin: ClusterAdmin,
    private readonly publisher: KafkaPublisher,
    private readonly deadLetters: DeadLetterer,
    private readonly batchSeconds: Histogram<'consumer'>,
  ) {}

  /**
   * Starts a batch consumer. Topic patterns are resolved against the cluster's topic list, and
   * re-resolved every `KAFKA_TOPIC_REFRESH_MS` (default 10 s): a new topic that matches (a new
   * agency) is picked up without a restart. kafkajs resolves a pattern only once, at subscribe
   * time, so on a change the consumer leaves the group (its running batch finishes and commits)
   * and a new one joins with the wider subscription.
   */
  async start(opts: BatchConsumerOptions): Promise<void> {
    const state: ConsumerState = { joined: false, topics: [], group: groupId(this.settings, opts.name), progressAt: Date.now() };
    this.consumers.set(opts.name, state);
    if (opts.onDeadLetter) this.deadLetters.hook(opts.name, opts.onDeadLetter);
    const patterns = opts.topics.filter((t): t is RegExp => t instanceof RegExp);
    const fixed = opts.topics.filter((t): t is string => typeof t === 'string');
    const resolve = async (): Promise<string[]> => {
      if (patterns.length === 0) return fixed;
      const all = await this.admin.withAdmin((admin) => admin.listTopics());
      const matched = all.filter((t) => patterns.some((p) => p.test(t)));
      return [...new Set([...fixed, ...matched])].sort();
    };
    state.topics = await resolve();
    // Stopped while the topics were listed: nothing to start.
    if (state.stopped) return;
    await this.launch(opts, state);
    if (patterns.length === 0) return;

    const refreshMs = this.config.topicRefreshMs;
    const refresh = async () => {
      if (state.stopped || state.refreshing) return;
      state.refreshing = true;
      try {
        const topics = await resolve();
        const added = topics.filter((t) => !state.topics.includes(t));
        if (added.length === 0) return;
        // Join only once every partition of the new topics has a leader; a consumer that joins
        // earlier fails its first fetch ("does not host this topic-partition").
        await this.admin.waitForLeaders(added);
        if (state.stopped) return;
        this.logger.log(`consumer ${opts.name}: new topics ${added.join(', ')}; rejoining`);
        const previous = state.consumer;
        state.topics = topics;
        state.joined = false;
        await previous?.disconnect();
        if (state.stopped) return;
        await this.launch(opts, state);
      } catch (e) {
        this.logger.warn(`consumer ${opts.name}: topic refresh failed, will retry: ${errorCode(e)}`);
      } finally {
        state.refreshing = false;
      }
    };
    state.timer = setInterval(() => void refresh(), refreshMs);
    state.timer.unref();
  }

  /**
   * Starts a consumer for the state (its first, or a replacement), noted as the state's `starting`
   * in the same turn as the caller's last look at `stopped`: a `stop` that comes while it connects
   * waits for it and disconnects it, instead of disconnecting the one it replaces and leaving the new
   * one in the group.
   */
  private launch(opts: BatchConsumerOptions, state: ConsumerState): Promise<void> {
    state.starting = this.runConsumer(opts, state);
    return state.starting;
  }

  private async runConsumer(opts: BatchConsumerOptions, state: ConsumerState): Promise<void> {
    const group = groupId(this.settings, opts.name);
    const consumer = this.kafka.consumer({
      groupId: group,
      allowAutoTopicCreation: false,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
      maxWaitTimeInMs: 250,
      // What one fetch may bring (kafkajs's default is 10 MiB): with the coalesced calls' cap this
      // bounds what a service holds at once (docs/performance.md, Memory).
      maxBytes: this.config.fetchMaxBytes,
      retry: {
        initialRetryTime: 300,
        retries: 10,
        maxRetryTime: 10000,
        // Never stay down: after any failure the consumer rejoins and retries the batch (its
        // offsets were not committed). Health reports the crash meanwhile.
        restartOnFailure: async () => true,
      },
    });
    state.consumer = consumer;
    const coalescer = opts.coalesce
      ? new BatchCoalescer<{ messages: IncomingMessage[]; heartbeat: () => Promise<void> }>(
          (batches) =>
            this.openAndHandle(
              opts,
              batches.flatMap((b) => b.messages),
              { heartbeat: async () => void (await Promise.all(batches.map((b) => b.heartbeat()))) },
            ),
          opts.coalesce.maxMessages,
          (b) => b.messages.length,
        )
      : undefined;
    // Events of a consumer that has been replaced say nothing about the current one.
    const current = () => state.consumer === consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (!current()) return;
      state.joined = true;
      state.crashed = undefined;
    });
    consumer.on(consumer.events.CRASH, (e) => {
      if (!current()) return;
      state.joined = false;
      state.crashed = String(e.payload.error);
      this.logger.error(`consumer ${opts.name} crashed: ${state.crashed} (restart: ${e.payload.restart})`);
      // kafkajs gives up for good on errors it deems non-retriable — seen when the brokers come
      // back: "SASL SCRAM SHA512 authentication failed: Not connected" left a consumer stopped for
      // ever while its partitions filled up. A consumer never stays down: a new one joins instead
      // (its batch was not committed; it is delivered again).
      if (!e.payload.restart && !state.stopped) this.restartLater(opts, state, consumer);
    });
    consumer.on(consumer.events.STOP, () => {
      if (current()) state.joined = false;
    });

    await consumer.connect();
    await consumer.subscribe({ topics: state.topics, fromBeginning: opts.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      // Partitions are independent (order is per partition), so several are processed at once.
      partitionsConsumedConcurrently: opts.coalesce?.partitions ?? this.config.partitionsConcurrency,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        if (!isRunning() || isStale() || batch.messages.length === 0) return;
        const stopTimer = this.batchSeconds.startTimer({ consumer: opts.name });
        let messages: IncomingMessage[] = batch.messages.map((m) => ({
          topic: batch.topic,
          partition: batch.partition,
          offset: m.offset,
          key: m.key ? m.key.toString('utf8') : null,
          value: m.value,
          headers: decodeHeaders(m.headers),
          timestamp: m.timestamp,
        }));
        // Sealed messages of a coalescing consumer are opened (and then decoded) once per call, with
        // one key query for every partition's batch: opened here, each partition would reach the
        // coalescer after its own query and the calls would no longer gather them.
        const deferred = opts.open !== undefined && coalescer !== undefined;
        if (opts.open && !deferred) messages = await this.deadLetters.setAsideUnopened(opts.name, opts.open, messages);
        if (opts.decode && !deferred) messages = await this.deadLetters.setAsideUndecodable(opts.name, opts.decode, messages);
        // Each message's consume span is a child of the span that produced it (its traceparent).
        const endSpans = consumeSpans(this.settings.clientId, opts.name, messages);
        try {
          if (messages.length === 0) {
            // Nothing left for the handler: the dead letters are durable, the offsets may move on.
          } else if (coalescer) await coalescer.submit({ messages, heartbeat });
          else await this.handleGuarded(opts, messages, { heartbeat });
        } catch (err) {
          endSpans(err);
          throw err;
        }
        endSpans();
        const last = batch.messages[batch.messages.length - 1].offset;
        resolveOffset(last);
        // Offsets are committed only now, after the handler made its effects durable.
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }]);
        stopTimer();
        state.progressAt = Date.now();
        await heartbeat();
      },
    });
  }

  /** Replaces a consumer kafkajs will not restart, until a new one runs (or the service closes). */
  private restartLater(opts: BatchConsumerOptions, state: ConsumerState, crashed: Consumer): void {
    const retryMs = this.config.consumerRestartMs;
    setTimeout(() => {
      if (state.consumer !== crashed || state.stopped) return;
      this.logger.warn(`consumer ${opts.name}: starting a new consumer after the crash`);
      void crashed
        .disconnect()
        .catch(() => undefined)
        .then(() => (state.consumer === crashed && !state.stopped ? this.launch(opts, state) : undefined))
        .catch((err: unknown) => {
          // The new one could not start (brokers still away): try again later.
          this.logger.error(`consumer ${opts.name}: restart failed (${errorCode(err)}); trying again`);
          if (state.consumer && !state.stopped) this.restartLater(opts, state, state.consumer);
        });
    }, retryMs).unref();
  }

  /** A coalesced call: opens and decodes the messages of every batch in it, then runs the handler on the rest. */
  private async openAndHandle(opts: BatchConsumerOptions, messages: IncomingMessage[], ctx: BatchContext): Promise<void> {
    if (opts.open) {
      messages = await this.deadLetters.setAsideUnopened(opts.name, opts.open, messages);
      if (opts.decode) messages = await this.deadLetters.setAsideUndecodable(opts.name, opts.decode, messages);
    }
    if (messages.length > 0) await this.handleGuarded(opts, messages, ctx);
  }

  /**
   * Runs the handler. A call that fails with an error no retry can cure (see `isTransient`) is
   * retried as a whole (kafkajs delivers the batch again) until one of its messages has failed
   * `KAFKA_HANDLER_ATTEMPTS` times (default 5); then the messages are handled one at a time, in
   * order, and the one that still fails alone goes to the dead-letter topic with the error's name
   * and code (never its message, which may quote the data). Transient errors — the database or the
   * broker away — are retried for as long as they last, and never dead-letter anything.
   */
  private async handleGuarded(opts: BatchConsumerOptions, messages: IncomingMessage[], ctx: BatchContext): Promise<void> {
    const attempts = this.config.handlerAttempts;
    try {
      await opts.handle(messages, ctx);
      for (const m of messages) this.failures.delete(placeOf(opts.name, m));
      return;
    } catch (caught) {
      let e = caught;
      if (this.stopping(opts.name) || isTransient(e) || opts.deadLetterOnFailure === false) throw new RetryBatch(e);
      const code = dataErrorCode(e);
      if (code) {
        const dead: OutgoingEvent[] = [];
        try {
          await this.isolateDataErrors(opts, messages, ctx, code, dead);
          await this.publisher.publish(dead);
          return;
        } catch (inner) {
          // What was handled on the way is durable; its dead letters go out before anything is retried.
          await this.publisher.publish(dead);
          if (inner instanceof RetryBatch) throw inner;
          e = inner;
        }
      }
      let worst = 0;
      if (this.failures.size > 100_000) this.failures.clear();
      for (const m of messages) {
        const n = (this.failures.get(placeOf(opts.name, m)) ?? 0) + 1;
        this.failures.set(placeOf(opts.name, m), n);
        worst = Math.max(worst, n);
      }
      this.logger.warn(`consumer ${opts.name}: handler failed (${errorCode(e)}), attempt ${worst} of ${attempts}`);
      if (worst < attempts) throw new RetryBatch(e);
    }
    const dead: OutgoingEvent[] = [];
    for (const m of messages) {
      try {
        if (messages.length > 1) await opts.handle([m], ctx);
        else throw new Error('failed alone already');
      } catch (e) {
        if (messages.length > 1 && isTransient(e)) throw new RetryBatch(e);
        const code = messages.length > 1 ? errorCode(e) : 'repeated failures';
        if (m.topic === this.settings.topics.deadLetters(this.settings.service)) {
          // Never a dead letter of a dead letter (it would come back here for ever): it stays
          // where it is, on the dead-letter topic, for operators.
          this.logger.error(`consumer ${opts.name}: cannot handle dead letter ${m.topic}/${m.partition}@${m.offset} (${code}); skipped`);
        } else
          dead.push(
            ...this.deadLetters.deadLetters(opts.name, m, [{ path: '', reason: `handler-failed: ${code}`, code: 'handler-failed' }]),
          );
      }
      this.failures.delete(placeOf(opts.name, m));
    }
    await this.publisher.publish(dead);
  }

  /** Non-transient handler failures per message (consumer, topic, partition, offset). */
  private readonly failures = new Map<string, number>();

  /**
   * A call that failed on a value Postgres refuses ({@link dataErrorCode}): the messages are handled
   * again in halves, then quarters…, until the message that carries the value is alone; it goes to
   * the dead-letter topic at once (never retried), every other message of the call is handled. About
   * 2·log2(n) extra calls for one bad message among n, instead of `KAFKA_HANDLER_ATTEMPTS` retries of
   * the whole call that held up every other message of the partition (issue 32, item 1). A transient
   * error on the way retries as usual; another error is thrown for the usual attempts count.
   */
  private async isolateDataErrors(
    opts: BatchConsumerOptions,
    messages: IncomingMessage[],
    ctx: BatchContext,
    code: string,
    dead: OutgoingEvent[],
  ): Promise<void> {
    if (messages.length === 1) {
      const m = messages[0];
      this.failures.delete(placeOf(opts.name, m));
      if (m.topic === this.settings.topics.deadLetters(this.settings.service)) {
        this.logger.error(`consumer ${opts.name}: cannot handle dead letter ${m.topic}/${m.partition}@${m.offset} (${code}); skipped`);
        return;
      }
      const reason = `unstorable-value-${code.toLowerCase()}`;
      dead.push(...this.deadLetters.deadLetters(opts.name, m, [{ path: '', reason, code: reason }]));
      return;
    }
    const mid = Math.ceil(messages.length / 2);
    for (const half of [messages.slice(0, mid), messages.slice(mid)]) {
      try {
        await opts.handle(half, ctx);
        for (const m of half) this.failures.delete(placeOf(opts.name, m));
      } catch (e) {
        if (this.stopping(opts.name) || isTransient(e)) throw new RetryBatch(e);
        const again = dataErrorCode(e);
        if (!again) throw e;
        await this.isolateDataErrors(opts, half, ctx, again, dead);
      }
    }
  }

  /**
   * Stops these consumers (by name; all of them without names) for good: no topic refresh, no
   * restart after a crash; each leaves its group once its running batch has finished and committed
   * its offsets (an error meanwhile is retried by the next owner, never dead-lettered). Idempotent:
   * each consumer is disconnected once, and a second call waits for that same disconnect. Within
   * `app.close()` Nest runs the shutdown hook (`close` below, every consumer) and then closes the
   * microservice, whose `close()` (the batch transport's) asks again
   * for its groups: it finds them stopping or stopped and disconnects nothing twice.
   */
  async stop(names?: readonly string[]): Promise<void> {
    const states = [...this.consumers].filter(([name]) => !names || names.includes(name)).map(([, s]) => s);
    for (const s of states) {
      s.stopped = true;
      clearInterval(s.timer);
    }
    await Promise.allSettled(states.map((s) => (s.leaving ??= this.leave(s))));
  }

  /**
   * Disconnects a stopped consumer: the one being started, if a topic refresh or a restart was
   * starting one when the stop came, once it has started (nothing starts another after `stopped`).
   */
  private async leave(s: ConsumerState): Promise<void> {
    await s.starting?.catch(() => undefined);
    await s.consumer?.disconnect();
  }

  /** Whether the consumer's service or the consumer itself is stopping. */
  private stopping(name: string): boolean {
    return this.closing || this.consumers.get(name)?.stopped === true;
  }

  /** Stop consuming for good, every consumer (at shutdown): the running batches finish and commit their offsets. */
  async close(): Promise<void> {
    this.closing = true;
    await this.stop();
  }
}
