import { Injectable } from '@nestjs/common';
import { ProblemException } from '@passerelle/http';
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
      const problem = (await res.json().catch(() => null)) as { detail?: string } | null;
      throw new ProblemException({
        type: res.status === 404 ? 'urn:passerelle:problem:key-handover-not-found' : 'urn:passerelle:problem:upstream',
        title: res.status === 404 ? 'No such key handover' : 'The intake did not redeem the handover',
        status: res.status === 404 || res.status === 400 ? res.status : res.status === 429 ? 429 : 502,
        detail:
          res.status === 404 || res.status === 400
            ? (problem?.detail ?? 'these halves open no handover')
            : `the intake answered ${res.status}`,
      });
    }
    const { apiKey } = (await res.json()) as { apiKey: string };
    return { ...(await this.signIn.execute(apiKey)), apiKey };
  }
}
