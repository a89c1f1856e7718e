import {
  applyDecorators,
  ArgumentsHost,
  Catch,
  Controller,
  INestApplication,
  Logger,
  RpcExceptionFilter,
  UseFilters,
} from '@nestjs/common';
import { BaseRpcContext, CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { ContractError, resolveFamily, TopicFamily, TopicNames } from '@passerelle/contracts';
import { isObservable, lastValueFrom, Observable, throwError } from 'rxjs';
import { contractDecoder, DeadLetterEvent, jsonDecoder, MessageDecoder } from './dead-letters';
import { IncomingMessage, OutgoingEvent } from './events';
import { BatchConsumerOptions, BatchConsumers } from './batch-consumers';
import { KafkaService } from './kafka.service';
import { KafkaSettings } from './kafka-settings';
import { MessagingConfig } from './messaging-config';
import { SealedField, sealedOpener, SealedOwner } from './sealed-opener';
import { DATA_KEY_READER, DataKeyReader } from '@passerelle/crypto';

/**
 * What an `@EventPattern` handler declares besides its topic families (the decorator's extras).
 * `group` is the consumer group that consumes those families (the same {@link ConsumerGroup} object
 * in every handler of the group). The payload of each message is checked against `contract` before
 * the handler runs, then against the topic: a payload field named like one of the family's
 * `{segments}` must say what the topic says (the feed of `feeds.ocam.v2` is `ocam`, whatever the
 * payload claims). `check` adds the facts a class cannot state (UUIDs for uuid columns, instants
 * Postgres accepts). What fails goes to the service's dead-letter topic and never reaches the handler;
 * what passes reaches it as a {@link Decoded} message, its `payload` the validated `T`. A handler
 * without `contract` receives each value parsed (`payload` undefined when it is not JSON) and
 * validates it itself.
 */
export interface BatchHandlerExtras<T extends object = object> {
  group?: ConsumerGroup;
  contract?: new () => T;
  check?: (payload: T, m: IncomingMessage) => ContractError[];
}

/**
 * One consumer group of a service, declared beside its handlers: each names it in its
 * `@EventPattern` extras (`{ group }`), and the group consumes their families. The app lists its
 * groups (HttpAppOptions `consumers`) so that start-up can refuse a group no handler names.
 */
export interface ConsumerGroup {
  /** Logical name; the Kafka group is `<prefix>passerelle.<name>`. */
  name: string;
  /** Values a `{segment}` may take (e.g. `{ feed: ['ocam'] }`), read when the transport starts; any value matching the agency syntax otherwise. */
  only?: Record<string, string[]>;
  /** Hand the batches of several partitions to one handler call (see BatchConsumerOptions.coalesce). */
  coalesce?: boolean;
  /** Whether a handler failure may dead-letter a message (default true). */
  deadLetterOnFailure?: boolean;
  /**
   * The group's topics carry sealed content (feeds, submissions, feedback): the transport opens it with the signals' data
   * keys (the app provides {@link DATA_KEY_READER}) before the contract check; what it cannot open
   * is dead-lettered (sealed-opener.ts `sealedOpener`).
   */
  sealed?: boolean;
  /** The payload field the sealed content opens into (default `signal`; `detail` for feedback). */
  sealedInto?: SealedField;
  /** The payload field naming the data key's owner (default `signalId`; `productId` for products and their receipts). */
  sealedBy?: SealedOwner;
  /**
   * Events to publish with the dead letter of a message the group sets aside (see
   * BatchConsumerOptions.onDeadLetter): the intake's `failed` notice to the source agency.
   */
  onDeadLetter?: (m: IncomingMessage, letter: DeadLetterEvent, topics: TopicNames) => OutgoingEvent[];
}

/**
 * A message as a batch handler receives it: the record, and its payload decoded once by the
 * transport — validated against the handler's `contract` (then `T` is that contract), or, for a
 * handler without one, only parsed (`unknown`; undefined when the value is not JSON).
 */
export type Decoded<T = unknown> = IncomingMessage & { payload: T };

/** The payload of a batch handler: the messages of one call, each partition's in offset order. */
export type Batch<T = unknown> = Decoded<T>[];

/** The context of a batch handler call (`@Ctx()`). */
export class BatchRpcContext extends BaseRpcContext<[string[], () => Promise<void>]> {
  /** The topics of the messages in this call. */
  getTopics(): string[] {
    return this.args[0];
  }
  /** Tells the group coordinator this consumer is alive (for long handlers). */
  heartbeat(): Promise<void> {
    return this.args[1]();
  }
}

interface Route {
  family: TopicFamily;
  pattern: RegExp;
  segments: string[];
  /** The topic of one segment value (a group's `only`). */
  topic: (value: string) => string;
  handler: MessageHandler;
  /** Handlers declared by one decorator share their extras: one call per batch for all their families. */
  extras: BatchHandlerExtras;
  decode: MessageDecoder;
}

/**
 * The Kafka transport of Passerelle's services: a NestJS microservice server that consumes in
 * batches and dispatches each batch to the `@EventPattern(<topic family>)` handlers of the app's
 * controllers. The built-in `ServerKafka` runs one message at a time (nestjs/nest #9455, #13223);
 * this one keeps the batch loop of {@link BatchConsumers.start}: batches per partition
 * (coalesced across partitions where a group asks for it), offsets committed only after the
 * handler's transaction, each payload decoded and checked once before any handler (handlers read
 * `payload`, never `value`), dead letters, metrics and health.
 *
 * Each handler names its consumer group in its `@EventPattern` extras; a group consumes the families
 * of the handlers that name it. Start-up fails when a group the app lists has no handler, when a
 * handler names no group or one the app does not list, or when two listed groups share a name: a
 * consumer that would subscribe to nothing, or a handler that would never be called, is a
 * deployment error to see at once.
 *
 * It uses only the service's batch consumers (`KafkaService.consumers`) and the settings they run
 * under, not the KafkaService facade: the facade, a Nest provider, keeps the shutdown order (its
 * hooks stop every consumer before the microservice closes, and close the producer last).
 */
export class BatchKafkaTransport extends Server implements CustomTransportStrategy {
  private readonly log = new Logger('BatchKafkaTransport');

  constructor(
    private readonly consumers: BatchConsumers,
    /** The prefix the topic families resolve under; the topic names a group's dead-letter notice is built with. */
    private readonly settings: KafkaSettings,
    /** Coalescing, for the groups that ask for it. */
    private readonly config: MessagingConfig,
    private readonly groups: ConsumerGroup[],
    private readonly dataKeys?: DataKeyReader,
  ) {
    super();
  }

  listen(callback: (err?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (e) => callback(e),
    );
  }

  private routes(): Route[] {
    const prefix = this.settings.prefix;
    const routes: Route[] = [];
    for (const [family, handler] of this.getHandlers()) {
      if (!handler.isEventHandler) throw new Error(`@MessagePattern('${family}') is not supported on Kafka: use @EventPattern`);
      if (handler.next) throw new Error(`topic family ${family} has more than one handler`);
      const extras = (handler.extras ?? {}) as BatchHandlerExtras;
      const { pattern, segments, topic } = resolveFamily(prefix, family);
      routes.push({ family, pattern, segments, topic, handler, extras, decode: this.decoderOf(extras, pattern, segments) });
    }
    return routes;
  }

  /** The decoding of a handler's messages: its contract check, with the facts its topic implies (or, without a contract, the value parsed). */
  private decoderOf(extras: BatchHandlerExtras, pattern: RegExp, segments: string[]): MessageDecoder {
    if (!extras.contract) return jsonDecoder;
    return contractDecoder(extras.contract, (payload, m) => {
      const fromTopic = pattern.exec(m.topic);
      const reasons: ContractError[] = [];
      segments.forEach((name, i) => {
        if (!(name in payload)) return;
        const claimed = (payload as Record<string, unknown>)[name];
        if (claimed !== fromTopic?.[i + 1])
          reasons.push({ path: name, reason: `contradicts the topic (${fromTopic?.[i + 1] ?? 'unknown'})`, code: 'contradicts-topic' });
      });
      return [...reasons, ...(extras.check?.(payload, m) ?? [])];
    });
  }

  private async start(): Promise<void> {
    const routes = this.routes();
    const names = new Set<string>();
    const plans: BatchConsumerOptions[] = [];
    const consumed: string[] = [];
    for (const group of this.groups) {
      if (names.has(group.name)) throw new Error(`consumer group ${group.name} is listed twice`);
      names.add(group.name);
      const mine = routes.filter((r) => r.extras.group === group);
      if (!mine.length) throw new Error(`consumer group ${group.name}: no @EventPattern handler in the app names it`);
      const topics = mine.flatMap((r): (string | RegExp)[] => {
        const only = r.segments.length === 1 ? group.only?.[r.segments[0]] : undefined;
        if (!only) return [r.pattern];
        return only.map(r.topic);
      });
      const routeOf = (topic: string) => mine.find((r) => r.pattern.test(topic));
      plans.push({
        name: group.name,
        topics,
        coalesce: group.coalesce ? this.config.coalesce : undefined,
        deadLetterOnFailure: group.deadLetterOnFailure,
        onDeadLetter: group.onDeadLetter ? (m, letter) => group.onDeadLetter!(m, letter, this.settings.topics) : undefined,
        open: group.sealed ? sealedOpener(this.sealedKeys(group), undefined, group.sealedInto, group.sealedBy) : undefined,
        // A message of a topic no route claims is left as it is: `dispatch` refuses it.
        decode: (m) => routeOf(m.topic)?.decode(m) ?? m,
        handle: (messages, ctx) => this.dispatch(messages, routeOf, ctx.heartbeat),
      });
      consumed.push(`${group.name} <- ${mine.map((r) => r.family).join(', ')}`);
    }
    const unclaimed = routes.filter((r) => !r.extras.group || !this.groups.includes(r.extras.group));
    if (unclaimed.length) {
      const why = [...new Set(unclaimed.map((r) => (r.extras.group ? `group ${r.extras.group.name} is not the app's` : 'no group named')))];
      throw new Error(
        `@EventPattern handlers for ${unclaimed.map((r) => r.family).join(', ')} belong to no consumer group (${why.join('; ')})`,
      );
    }
    for (const plan of plans) await this.consumers.start(plan);
    this.log.log(`consuming: ${consumed.join('; ')}`);
  }

  /**
   * One call per handler declaration, with its messages in the order they came (each partition's
   * in offset order); declarations called one after the other.
   */
  private async dispatch(messages: IncomingMessage[], routeOf: (topic: string) => Route | undefined, heartbeat: () => Promise<void>) {
    const calls = new Map<BatchHandlerExtras, { handler: MessageHandler; messages: IncomingMessage[] }>();
    for (const m of messages) {
      const route = routeOf(m.topic);
      // Subscriptions come from the routes: a message of another topic is a transport bug.
      if (!route) throw new Error(`no handler for topic ${m.topic}`);
      const call = calls.get(route.extras) ?? { handler: route.handler, messages: [] };
      call.messages.push(m);
      calls.set(route.extras, call);
    }
    for (const { handler, messages: batch } of calls.values()) {
      const ctx = new BatchRpcContext([[...new Set(batch.map((m) => m.topic))], heartbeat]);
      const result: unknown = await handler(batch, ctx);
      if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
    }
  }

  private sealedKeys(group: ConsumerGroup): DataKeyReader {
    if (!this.dataKeys) throw new Error(`consumer group ${group.name} reads sealed topics: the app must provide DATA_KEY_READER`);
    return this.dataKeys;
  }

  on(): never {
    throw new Error('BatchKafkaTransport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.consumers as T;
  }

  /**
   * Stops this transport's consumers: each leaves its group once its running batch has committed
   * (BatchConsumers `stop`). Nest calls it when the application or the microservice closes;
   * within `app.close()` KafkaService's `beforeApplicationShutdown` has already stopped them, and
   * this finds nothing left to do (`stop` disconnects each consumer once).
   */
  async close(): Promise<void> {
    await this.consumers.stop(this.groups.map((g) => g.name));
  }
}

/**
 * Errors reach the transport as they were thrown: Nest's default RPC filter would turn them into
 * an "Internal server error" and the transport could no longer tell a database outage (retry)
 * from a message that can never be handled (dead letter).
 */
@Catch()
export class RethrowToTransport implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

/**
 * Marks a class whose `@EventPattern` methods consume Kafka on the batch transport (a controller
 * of the app's module, with handler errors passed on to the transport as they were thrown).
 */
export function KafkaConsumer(): ClassDecorator {
  return applyDecorators(Controller(), UseFilters(new RethrowToTransport()));
}

/**
 * Makes the app a hybrid app consuming Kafka through {@link BatchKafkaTransport}. The consumers
 * start with `app.startAllMicroservices()` (libs/http `startApp` and `listen` call it).
 */
export function connectBatchConsumers(app: INestApplication, groups: ConsumerGroup[]): void {
  const dataKeys = groups.some((g) => g.sealed) ? app.get<DataKeyReader>(DATA_KEY_READER) : undefined;
  // The parts the transport uses, from the service's one KafkaService (which keeps the shutdown order).
  const { consumers, settings, config } = app.get(KafkaService);
  const transport = new BatchKafkaTransport(consumers, settings, config, groups, dataKeys);
  app.connectMicroservice({ strategy: transport }, { inheritAppConfig: false });
}
