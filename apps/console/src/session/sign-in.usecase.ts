import { Injectable } from '@nestjs/common';
import { localizedProblem, ProblemException } from '@passerelle/http';
import { UpstreamClient } from '../proxy/upstream.client';
import { Session, SessionPrincipal, SessionStore } from './session.store';

/**
 * Exchanges an API key for a session. The intake's GET /v1/me decides whether the key is good (and
 * records a refused one as the APIs record every denied attempt); the console keeps what it answers.
 */
@Injectable()
export class SignInUseCase {
  constructor(
    private readonly upstream: UpstreamClient,
    private readonly sessions: SessionStore,
  ) {}

  async execute(apiKey: string): Promise<{ id: string; session: Session }> {
    const res = await this.upstream.call('intake', apiKey, 'GET', '/v1/me');
    if (res.status === 401) {
      await res.body?.cancel();
      throw new ProblemException(
        localizedProblem({ type: 'urn:passerelle:problem:sign-in-refused', status: 401 }, 'problem.sign-in-refused.detail'),
      );
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new ProblemException(
        localizedProblem(
          { type: 'urn:passerelle:problem:upstream', status: res.status === 429 ? 429 : 502 },
          res.status === 429 ? 'problem.upstream.detail.too-many' : 'problem.upstream.detail.answered',
          { status: res.status },
        ),
      );
    }
    const principal = (await res.json()) as SessionPrincipal;
    return this.sessions.create(apiKey, principal);
  }
}
