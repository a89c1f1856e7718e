import { Injectable } from '@nestjs/common';
import { FieldError, fieldsProblem, localizedProblem, ProblemException, refusal } from '@passerelle/http';

const HANDOVER_NOT_FOUND = 'urn:passerelle:problem:key-handover-not-found';
import { UpstreamClient } from '../proxy/upstream.client';
import { Session } from './session.store';
import { SignInUseCase } from './sign-in.usecase';

/**
 * A principal collects its key from the two halves its security officers gave it (the intake's
 * `POST /v1/keys/redeem`), and is signed in with it. The key goes back to the page this once, so
 * that the principal can keep it for its own API client; the console keeps it for the session only.
 */
@Injectable()
export class RedeemHandoverUseCase {
  constructor(
    private readonly upstream: UpstreamClient,
    private readonly signIn: SignInUseCase,
  ) {}

  async execute(codes: [string, string]): Promise<{ id: string; session: Session; apiKey: string }> {
    const res = await this.upstream.call('intake', null, 'POST', '/v1/keys/redeem', {
      body: JSON.stringify({ codes }),
      headers: { 'content-type': 'application/json' },
    });
    if (res.status !== 200) {
      const problem = (await res.json().catch(() => null)) as { errors?: unknown } | null;
      // Said in the browser's language (the console's filter): the intake's field errors carry their codes.
      if (res.status === 404) throw refusal(404, 'problem.key-handover-not-found.detail.no-handover', undefined, HANDOVER_NOT_FOUND);
      const errors = Array.isArray(problem?.errors) ? (problem.errors as FieldError[]).filter((e) => typeof e?.path === 'string') : [];
      if (res.status === 400 && errors.length)
        throw new ProblemException(fieldsProblem({ type: 'urn:passerelle:problem:upstream', status: 400, code: 'handover-codes' }, errors));
      throw new ProblemException(
        localizedProblem(
          {
            type: 'urn:passerelle:problem:upstream',
            status: res.status === 400 ? 400 : res.status === 429 ? 429 : 502,
            code: res.status === 429 ? 'too-many' : 'answered',
          },
          res.status === 429 ? 'problem.upstream.detail.too-many' : 'problem.upstream.detail.answered',
          { status: String(res.status) },
        ),
      );
    }
    const { apiKey } = (await res.json()) as { apiKey: string };
    return { ...(await this.signIn.execute(apiKey)), apiKey };
  }
}
