import { Evaluator, TokenSet } from './match';

/** A problem+json answer from the key holder, with its status. */
export class WatchlistHttpError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
  ) {
    super(`the intake answered ${status}: ${(problem as { detail?: string })?.detail ?? JSON.stringify(problem)}`);
  }
}

/**
 * The agency's HTTP client of the key holder (the intake): the token set of a list's version in
 * force, and the evaluation of blinded points under it. Authenticated with the agency principal's
 * API key, which a security officer marked to receive the list.
 */
export class WatchlistClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.apiKey}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!res.ok) throw new WatchlistHttpError(res.status, parsed);
    return parsed as T;
  }

  tokens(list: string): Promise<TokenSet> {
    return this.call('GET', `/v1/watchlists/${encodeURIComponent(list)}/tokens`);
  }

  evaluator(list: string, version: number): Evaluator {
    return async (blinded) =>
      (
        await this.call<{ evaluated: string[] }>('POST', `/v1/watchlists/${encodeURIComponent(list)}/versions/${version}/evaluations`, {
          blinded,
        })
      ).evaluated;
  }
}
