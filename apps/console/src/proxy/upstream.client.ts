import { Inject, Injectable } from '@nestjs/common';
import { localizedProblem, ProblemException } from '@passerelle/http';
import { CONSOLE_CONFIG, ConsoleConfig } from '../config';

export type Upstream = keyof ConsoleConfig['upstreams'];
export const UPSTREAMS: readonly Upstream[] = ['gateway', 'intake', 'audit'];

const LABEL: Record<Upstream, string> = { gateway: 'agency gateway', intake: 'intake', audit: 'audit' };

/** HTTP calls to the APIs with the signed-in principal's key: the one place the key leaves memory. */
@Injectable()
export class UpstreamClient {
  constructor(@Inject(CONSOLE_CONFIG) private readonly config: ConsoleConfig) {}

  async call(
    upstream: Upstream,
    /** Null only for what needs no key (a key handover's redemption). */
    apiKey: string | null,
    method: string,
    pathAndQuery: string,
    opts: { body?: string; headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<Response> {
    try {
      return await fetch(`${this.config.upstreams[upstream]}${pathAndQuery}`, {
        method,
        headers: { ...opts.headers, ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
        body: opts.body,
        signal: opts.signal,
        redirect: 'manual',
      });
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      throw new ProblemException(
        localizedProblem(
          { type: 'urn:passerelle:problem:upstream-unavailable', status: 502 },
          'problem.upstream-unavailable.detail',
          { service: LABEL[upstream] },
          { service: LABEL[upstream] },
        ),
      );
    }
  }
}
