import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditSnapshot } from '../ledger/ledger.repository';
import { Checkpoint } from './checkpoint-signature';

const COLUMNS = `c.seq::text as seq, c.hash, to_char(c.signed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "signedAt",
  c.algorithm, c.key_id as "keyId", c.public_key as "publicKey", c.signature`;

/** The only place that touches audit.checkpoints (append-only like the ledger). */
@Injectable()
export class CheckpointsRepository {
  constructor(private readonly ds: DataSource) {}

  /** Stores the checkpoint; if one with the same seq and key exists already, returns that one. */
  async insert(c: Checkpoint): Promise<{ checkpoint: Checkpoint; created: boolean }> {
    const rows: Checkpoint[] = await this.ds.query(
      `insert into audit.checkpoints as c (seq, hash, signed_at, algorithm, key_id, public_key, signature)
       values ($1, $2, $3, $4, $5, $6, $7) on conflict (seq, key_id) do nothing returning ${COLUMNS}`,
      [c.seq, c.hash, c.signedAt, c.algorithm, c.keyId, c.publicKey, c.signature],
    );
    if (rows[0]) return { checkpoint: rows[0], created: true };
    const [existing] = await this.ds.query(`select ${COLUMNS} from audit.checkpoints c where c.seq = $1 and c.key_id = $2`, [
      c.seq,
      c.keyId,
    ]);
    return { checkpoint: existing, created: false };
  }

  /** The most recent checkpoints, newest first. */
  async latest(limit: number, keyId?: string, snapshot?: AuditSnapshot): Promise<Checkpoint[]> {
    const q = snapshot ?? this.ds;
    return keyId
      ? q.query(`select ${COLUMNS} from audit.checkpoints c where c.key_id = $2 order by c.seq desc, c.id desc limit $1`, [limit, keyId])
      : q.query(`select ${COLUMNS} from audit.checkpoints c order by c.seq desc, c.id desc limit $1`, [limit]);
  }

  /** Checkpoints with from <= seq <= to, in seq order. */
  async inRange(fromSeq: string, toSeq: string, snapshot?: AuditSnapshot): Promise<Checkpoint[]> {
    return (snapshot ?? this.ds).query(
      `select ${COLUMNS} from audit.checkpoints c where c.seq >= $1 and c.seq <= $2 order by c.seq, c.id`,
      [fromSeq, toSeq],
    );
  }

  /** The first checkpoint by this key at or after seq. */
  async firstAtOrAfter(seq: string, keyId: string): Promise<Checkpoint | null> {
    const [row] = await this.ds.query(
      `select ${COLUMNS} from audit.checkpoints c where c.seq >= $1 and c.key_id = $2 order by c.seq, c.id limit 1`,
      [seq, keyId],
    );
    return row ?? null;
  }

  /** A page of checkpoints after a cursor (seq), oldest first. */
  async page(afterSeq: string, limit: number): Promise<Checkpoint[]> {
    return this.ds.query(`select ${COLUMNS} from audit.checkpoints c where c.seq > $1 order by c.seq, c.id limit $2`, [afterSeq, limit]);
  }
}
