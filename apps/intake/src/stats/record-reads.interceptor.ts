import { CallHandler, ExecutionContext, Injectable, NestInterceptor, Type } from '@nestjs/common';
import { endpointOf, recordableId } from '@passerelle/http';
import { EdgeRequest } from '@passerelle/security';
import type { FastifyRequest } from 'fastify';
import { mergeMap, Observable } from 'rxjs';
import { AccessRecorder } from '../signals/access-recorder';

/**
 * Records the GETs of the given controllers as reads (`access.recorded.v1`, outcome `read`): the
 * principal, the endpoint and the id read (`/v1/admin/principals/{id}` → that principal). For reads
 * that show no signal content — statistics, principals — which have no use case of their own to do
 * it. The record is durable before the answer leaves; a read whose record fails is not answered.
 */
@Injectable()
export class RecordReadsInterceptor implements NestInterceptor {
  private readonly recorded: Set<Type<unknown>>;

  constructor(
    private readonly access: AccessRecorder,
    controllers: Type<unknown>[],
  ) {
    this.recorded = new Set(controllers);
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http' || !this.recorded.has(ctx.getClass())) return next.handle();
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const principal = (req as unknown as EdgeRequest).principal;
    if (req.method !== 'GET' || !principal) return next.handle();
    const params = (req.params ?? {}) as Record<string, unknown>;
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        await this.access.recordRead(principal, endpointOf(req), recordableId(params.id));
        return body;
      }),
    );
  }
}
