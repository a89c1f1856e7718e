import { request } from './http';

/**
 * Two security officers acting together, as every grant now takes (issue 32, item 2): one asks, the
 * other approves, and for a new principal or key the principal redeems the two handover halves.
 */
export function twoOfficers(intakeUrl: string, askerKey: string, approverKey: string) {
  const call = (key: string, method: string, path: string, body?: unknown) => request(intakeUrl, method, path, { key, body });

  /** Asks, approves when held; answers the approval (or the direct answer when nothing was held). */
  const grant = async (method: string, path: string, body?: unknown) => {
    const asked = await call(askerKey, method, path, body);
    if (asked.status !== 202) return { asked, approved: undefined };
    const approved = await call(approverKey, 'POST', `/v1/admin/requests/${asked.body.pending.id}/approve`);
    if (approved.status !== 200) throw new Error(`approval answered ${approved.status}: ${JSON.stringify(approved.body)}`);
    return { asked, approved };
  };

  /** A new principal with its key, as the principal has it once it redeemed the handover. */
  const create = async (body: Record<string, unknown>): Promise<{ id: string; apiKey: string; name: string }> => {
    const { asked, approved } = await grant('POST', '/v1/admin/principals', body);
    if (!approved) throw new Error(`creation answered ${asked.status}: ${JSON.stringify(asked.body)}`);
    const redeemed = await request(intakeUrl, 'POST', '/v1/keys/redeem', {
      body: { codes: [asked.body.handoverCode, approved.body.handoverCode] },
    });
    if (redeemed.status !== 200) throw new Error(`redemption answered ${redeemed.status}`);
    return { id: redeemed.body.principal.id, name: redeemed.body.principal.name, apiKey: redeemed.body.apiKey };
  };

  /** A new key for a principal, through two officers and the handover. */
  const rotate = async (id: string): Promise<string> => {
    const { asked, approved } = await grant('POST', `/v1/admin/principals/${id}/key`);
    if (!approved) throw new Error(`rotation answered ${asked.status}`);
    const redeemed = await request(intakeUrl, 'POST', '/v1/keys/redeem', {
      body: { codes: [asked.body.handoverCode, approved.body.handoverCode] },
    });
    return redeemed.body.apiKey as string;
  };

  return { grant, create, rotate };
}
