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
import { AGENCY_PATTERN, ContractError, TopicNames } from '@passerelle/contracts';
import { isObservable, lastValueFrom, Observable, throwError } from 'rxjs';
import { contractCheck, DeadLetterEvent, MessageCheck } from './dead-letters';
import { IncomingMessage, OutgoingEvent } from './events';
import { BatchConsumerOptions, coalesceSettings, KafkaService } from './kafka.service';
import { DATA_KEY_READER, DataKeyReader, SealedField, sealedOpener, SealedOwner } from './sealing';

/**
 * A topic family as handlers name it in `@EventPattern(...)`: the topic name without the
 * deployment's prefix, `{name}` standing for one path segment (an agency, a feed, a service),
 * e.g. `feeds.{feed}.v2`. The transport resolves it against the cluster's topics.
 */
export type TopicFamily = string;

/** The topic families of the pipeline (libs/contracts topics.ts names the same topics). */
export const Families = {
  submitted: 'signals.{agency}.submitted.v1',
  routed: 'signals.routed.v1',
  rejected: 'signals.rejected.v1',
  purged: 'signals.purged.v1',
  erasures: 'signals.erasure.recorded.v1',
  feed: 'feeds.{feed}.v2',
  feedback: 'feedback.{agency}.v2',
  accessRecorded: 'access.recorded.v1',
  principalsChanged: 'identity.principals.changed.v1',
  watchlistsRecorded: 'watchlists.recorded.v1',
  products: 'products.{agency}.v1',
  productReceipts: 'products.{agency}.acknowledged.v1',
  disseminationRecorded: 'dissemination.recorded.v1',
  deadLetters: 'deadletters.{service}.v1',
} as const;

/**
 * What an `@EventPattern` handler declares besides its topic families (the decorator's extras).
 * The payload of each message is checked against `contract` before the handler runs, then against
 * the topic: a payload field named like one of the family's `{segments}` must say what the topic
 * says (the feed of `feeds.ocam.v2` is `ocam`, whatever the payload claims). `check` adds the
 * facts a class cannot state (UUIDs for uuid columns, instants Postgres accepts). What fails goes
 * to the service's dead-letter topic and never reaches the handler.
 */
export interface BatchHandlerExtras<T extends object = object> {
  contract?: new () => T;
  check?: (payload: T, m: IncomingMessage) => ContractError[];
}

/** One consumer group of a service, and the topic families it consumes. */
export interface ConsumerGroup {
  /** Logical name; the Kafka group is `<prefix>passerelle.<name>`. */
  name: string;
  families: TopicFamily[];
  /** Values a `{segment}` may take (e.g. `{ feed: ['ocam'] }`); any value matching the agency syntax otherwise. */
  only?: Record<string, string[]>;
  /** Hand the batches of several partitions to one handler call (see BatchConsumerOptions.coalesce). */
  coalesce?: boolean;
  /** Whether a handler failure may dead-letter a message (default true). */
  deadLetterOnFailure?: boolean;
  /**
   * The group's topics carry sealed content (feeds, submissions, feedback): the transport opens it with the signals' data
   * keys (the app provides {@link DATA_KEY_READER}) before the contract check; what it cannot open
   * is dead-lettered (sealing.ts `sealedOpener`).
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

/** The payload of a batch handler: the messages of one call, each partition's in offset order. */
export type Batch = IncomingMessage[];

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

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A family resolved under a prefix: its regular expression and segment names. */
export function resolveFamily(prefix: string, family: TopicFamily): { pattern: RegExp; segments: string[] } {
  const segments: string[] = [];
  const body = family
    .split(/(\{[a-z]+\})/)
    .map((part) => {
      const m = /^\{([a-z]+)\}$/.exec(part);
      if (!m) return escape(part);
      segments.push(m[1]);
      return `(${AGENCY_PATTERN})`;
    })
    .join('');
  return { pattern: new RegExp(`^${escape(prefix)}${body}$`), segments };
}

interface Route {
  family: TopicFamily;
  pattern: RegExp;
  segments: string[];
  handler: MessageHandler;
  /** Handlers declared by one decorator share their extras: one call per batch for all their families. */
  extras: BatchHandlerExtras;
  check?: MessageCheck;
}

/**
 * The Kafka transport of Passerelle's services: a NestJS microservice server that consumes in
 * batches and dispatches each batch to the `@EventPattern(<topic family>)` handlers of the app's
 * controllers. The built-in `ServerKafka` runs one message at a time (nestjs/nest #9455, #13223);
 * this one keeps the batch loop of {@link KafkaService.startBatchConsumer}: batches per partition
 * (coalesced across partitions where a group asks for it), offsets committed only after the
 * handler's transaction, contract checks before any handler, dead letters, metrics and health.
 *
 * Start-up fails when a group's family has no handler, or a handler's family belongs to no group:
 * a consumer that would subscribe to a topic and drop its messages, or a handler that would never
 * be called, is a deployment error to see at once.
 */
export class BatchKafkaTransport extends Server implements CustomTransportStrategy {
  private readonly log = new Logger('BatchKafkaTransport');

  constructor(
    private readonly kafka: KafkaService,
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
    const prefix = this.kafka.settings.prefix;
    const routes: Route[] = [];
    for (const [family, handler] of this.getHandlers()) {
      if (!handler.isEventHandler) throw new Error(`@MessagePattern('${family}') is not supported on Kafka: use @EventPattern`);
      if (handler.next) throw new Error(`topic family ${family} has more than one handler`);
      const extras = (handler.extras ?? {}) as BatchHandlerExtras;
      const { pattern, segments } = resolveFamily(prefix, family);
      routes.push({ family, pattern, segments, handler, extras, check: this.checkOf(extras, pattern, segments) });
    }
    return routes;
  }

  /** The contract check of a handler, with the facts its topic implies. */
  private checkOf(extras: BatchHandlerExtras, pattern: RegExp, segments: string[]): MessageCheck | undefined {
    if (!extras.contract) return undefined;
    return contractCheck(extras.contract, (payload, m) => {
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
    const claimed = new Set<string>();
    const plans: BatchConsumerOptions[] = [];
    for (const group of this.groups) {
      const mine = group.families.map((family) => {
        const route = routes.find((r) => r.family === family);
        if (!route) throw new Error(`consumer group ${group.name}: no @EventPattern('${family}') handler in the app`);
        if (claimed.has(family)) throw new Error(`topic family ${family} is consumed by two groups`);
        claimed.add(family);
        return route;
      });
      const topics = mine.flatMap((r): (string | RegExp)[] => {
        const only = r.segments.length === 1 ? group.only?.[r.segments[0]] : undefined;
        if (!only) return [r.pattern];
        return only.map((v) => `${this.kafka.settings.prefix}${r.family.replace(`{${r.segments[0]}}`, v)}`);
      });
      const routeOf = (topic: string) => mine.find((r) => r.pattern.test(topic));
      const checks = mine.some((r) => r.check);
      plans.push({
        name: group.name,
        topics,
        coalesce: group.coalesce ? coalesceSettings() : undefined,
        deadLetterOnFailure: group.deadLetterOnFailure,
        onDeadLetter: group.onDeadLetter ? (m, letter) => group.onDeadLetter!(m, letter, this.kafka.topics) : undefined,
        open: group.sealed ? sealedOpener(this.sealedKeys(group), undefined, group.sealedInto, group.sealedBy) : undefined,
        check: checks ? (m) => routeOf(m.topic)?.check?.(m) ?? [] : undefined,
        handle: (messages, ctx) => this.dispatch(messages, routeOf, ctx.heartbeat),
      });
    }
    const unclaimed = routes.filter((r) => !claimed.has(r.family));
    if (unclaimed.length)
      throw new Error(`@EventPattern handlers for ${unclaimed.map((r) => r.family).join(', ')} belong to no consumer group`);
    for (const plan of plans) await this.kafka.startBatchConsumer(plan);
    this.log.log(`consuming: ${this.groups.map((g) => `${g.name} <- ${g.families.join(', ')}`).join('; ')}`);
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
    return this.kafka as T;
  }

  /**
   * Stops this transport's consumers: each leaves its group once its running batch has committed
   * (KafkaService `stopConsumers`). Nest calls it when the application or the microservice closes;
   * within `app.close()` KafkaService's `beforeApplicationShutdown` has already stopped them, and
   * this finds nothing left to do.
   */
  async close(): Promise<void> {
    await this.kafka.stopConsumers(this.groups.map((g) => g.name));
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
  app.connectMicroservice({ strategy: new BatchKafkaTransport(app.get(KafkaService), groups, dataKeys) }, { inheritAppConfig: false });
}
