import { Injectable } from '@nestjs/common';
import { PrincipalRecord, PrincipalsRepository } from '@passerelle/security';
import { PrincipalAdmin, PrincipalAdminError } from './principal-admin';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Principals as security officers read them: one, by id or name, or the list (never a key). */
@Injectable()
export class ReadPrincipalsUseCase {
  constructor(
    private readonly principals: PrincipalsRepository,
    private readonly admin: PrincipalAdmin,
  ) {}

  /** One principal; `reader`, an agency's officer, reads only that agency's (403 `other-agency` otherwise). */
  async get(id: string, reader: { agency: string | null } | null = null): Promise<PrincipalRecord> {
    const p = await this.admin.get(id);
    this.admin.assertMayRead(reader, p);
    return p;
  }

  /** A principal by id or by name (the CLI accepts either). */
  async resolve(idOrName: string): Promise<PrincipalRecord> {
    const p = UUID.test(idOrName) ? await this.principals.findById(idOrName) : await this.principals.findByName(idOrName);
    if (!p) throw new PrincipalAdminError('not-found', 'problem.principal-not-found.detail.no-principal-named', { name: idOrName });
    return p;
  }

  /** With `expiringWithinDays`: the clearances to review, soonest expiry first; with `agency`: that agency's only. */
  list(opts: { expiringWithinDays?: number; agency?: string } = {}): Promise<PrincipalRecord[]> {
    return this.principals.list(opts);
  }
}
