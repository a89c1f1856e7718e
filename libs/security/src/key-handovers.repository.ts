import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hashApiKey } from './api-key';

/** A key waiting for its principal: the digests of its two halves, never a key. */
export interface KeyHandover {
  requestId: string;
  principalId: string;
  expiresAt: Date | null;
  redeemedAt: Date | null;
}

const COLUMNS = `request_id as "requestId", principal_id as "principalId", expires_at as "expiresAt", redeemed_at as "redeemedAt"`;

/** The only place that reads or writes `identity.key_handovers`. */
@Injectable()
export class KeyHandoversRepository {
  /** The first half, given to the officer who files the request. */
  async open(requestId: string, principalId: string, firstCode: string, em: EntityManager): Promise<void> {
    await em.query(`insert into identity.key_handovers (request_id, principal_id, first_hash) values ($1, $2, $3)`, [
      requestId,
      principalId,
      hashApiKey(firstCode),
    ]);
  }

  /**
   * The second half, given to the approving officer: from now on both halves redeem the key until
   * `expiresAt`. Any earlier handover of the same principal not yet redeemed lapses now.
   */
  async complete(requestId: string, secondCode: string, expiresAt: Date, em: EntityManager): Promise<KeyHandover | null> {
    const rows: KeyHandover[] = await em.query(
      `with done as (
         update identity.key_handovers set second_hash = $2, expires_at = $3
          where request_id = $1 and second_hash is null returning *),
       lapsed as (
         update identity.key_handovers h set expires_at = least(coalesce(h.expires_at, now()), now())
           from done where h.principal_id = done.principal_id and h.request_id <> done.request_id and h.redeemed_at is null
         returning 1)
       select ${COLUMNS} from done`,
      [requestId, hashApiKey(secondCode), expiresAt],
    );
    return rows[0] ?? null;
  }

  /**
   * Marks redeemed the complete, unexpired, unredeemed handover whose halves these are (in either
   * order), and returns it; null when there is none (wrong, incomplete, expired or used already).
   */
  async redeem(codes: [string, string], em: EntityManager): Promise<KeyHandover | null> {
    const [a, b] = codes.map(hashApiKey);
    const rows: KeyHandover[] = await em.query(
      `with used as (
         update identity.key_handovers set redeemed_at = now()
          where ((first_hash = $1 and second_hash = $2) or (first_hash = $2 and second_hash = $1))
            and redeemed_at is null and expires_at > now()
          returning *)
       select ${COLUMNS} from used`,
      [a, b],
    );
    return rows[0] ?? null;
  }
}
