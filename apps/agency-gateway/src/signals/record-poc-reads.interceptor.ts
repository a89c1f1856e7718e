import { CallHandler, ExecutionContext, Injectable, NestInterceptor, Type } from '@nestjs/common';
import { endpointOf } from '@passerelle/http';
import { EdgeRequest, ReadSignal } from '@passerelle/security';
import type { FastifyRequest } from 'fastify';
import { mergeMap, Observable } from 'rxjs';
import { GatewayAccessRecords } from './access-records';

/** The signals an answer of the gateway holds: a receipt (`signalId`) or a page (`items[].signalId`). */
export function signalsOf(body: unknown): { signalId: string; traceId: string | null }[] {
  if (typeof body !== 'object' || body === null) return [];
  const b = body as { signalId?: unknown; items?: unknown };
  const items = Array.isArray(b.items)
    ? (b.items as { signalId?: unknown; traceId?: unknown }[])
    : [b as { signalId?: unknown; traceId?: unknown }];
  return items
    .filter((i): i is { signalId: string; traceId?: unknown } => typeof i?.signalId === 'string' && i.signalId.length > 0)
    .map((i) => ({ signalId: i.signalId, traceId: typeof i.traceId === 'string' ? i.traceId : null }));
}

/**
 * Records the GETs of the given controllers — a point of contact's receipts, one or a page, and its
 * feedback inbox (notices, assessments, analysts' questions) — as reads (`access.recorded.v1`):
 * one record per answer, listing the signals it held, under the POC's agency (issue 32, item 12).
 * The record is durable (the access outbox) before the answer leaves; a read whose record fails is
 * not answered. An answer that held nothing (an empty page: a client polling its inbox) records
 * nothing, like the intake's empty pages.
 */
@Injectable()
export class RecordPocReadsInterceptor implements NestInterceptor {
  private readonly recorded: Set<Type<unknown>>;

  constructor(
    private readonly access: GatewayAccessRecords,
    controllers: Type<unknown>[],
  ) {
    this.recorded = new Set(controllers);
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http' || !this.recorded.has(ctx.getClass())) return next.handle();
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const principal = (req as unknown as EdgeRequest).principal;
    if (req.method !== 'GET' || !principal) return next.handle();
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        // A POC reads only its own agency's signals: the agency is the principal's, never the answer's.
        const agency = principal.agency ?? 'unknown';
        const signals: ReadSignal[] = signalsOf(body).map((s) => ({ ...s, agency }));
        await this.access.recordRead(principal, endpointOf(req), signals);
        return body;
      }),
    );
  }
}
