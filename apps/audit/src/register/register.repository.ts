import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MAX_REGISTER_ITEMS, RegisterItem, RegisterQuery, RegisterReader } from './register';

const INSTANT = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const AT = (t: string) => `coalesce(${t}.occurred_at, ${t}.recorded_at)`;

interface SignalRow {
  id: string;
  classification: RegisterItem['classification'];
  agency: string;
  received_at: string;
  principal_id: string | null;
  principal_name: string | null;
  retention_until: string | null;
  erased_at: string | null;
  purged_at: string | null;
  exercise: boolean;
}

interface ProductRow {
  id: string;
  classification: RegisterItem['classification'];
  received_at: string;
  agencies: string[];
  principal_id: string | null;
  principal_name: string | null;
  exercise: boolean;
}

interface ReaderRow {
  item: string;
  principal_id: string;
  name: string | null;
  role: string | null;
  agency: string | null;
  reads: number;
  first_at: string;
  last_at: string;
}

/**
 * The classified register read off the ledger (issue 29, item 4): the router records each routed
 * signal's classification and end of retention, the intake each product sent to an agency with its
 * classification, every API each read with the ids it returned, the services each purge and the
 * intake each erasure. The ledger is never purged, so a destroyed item stays listed (without content:
 * the ledger never held any). Signals routed before the router recorded their classification are not
 * in it (docs/security-officer.md).
 */
@Injectable()
export class RegisterRepository {
  constructor(private readonly ds: DataSource) {}

  /** Classified signals routed for OCAM (`verdict` new), the agency's only when `agency` is set. */
  async signals(q: RegisterQuery): Promise<SignalRow[]> {
    return this.ds.query(
      `with routed as (
         select distinct on (l.signal_id) l.signal_id, l.agency, l.details ->> 'classification' as classification,
                l.details ->> 'retentionUntil' as retention_until, ${AT('l')} as routed_at,
                coalesce(l.details ->> 'exercise' = 'true', false) as exercise
           from audit.ledger l
          where l.action = 'signal.routed' and l.signal_id is not null and l.details ->> 'verdict' = 'new'
            and l.details ->> 'classification' is not null and l.details ->> 'classification' <> 'unclassified'
            and ($1::text is null or l.agency = $1)
            and ($2::text is null or l.details ->> 'classification' = $2)
          order by l.signal_id, l.seq
       ), items as (
         select r.signal_id as id, r.classification, r.agency, r.retention_until, r.exercise,
                coalesce(s.at, r.routed_at) as received_at, s.principal_id,
                d.erased_at, d.purged_at
           from routed r
           left join lateral (
             select ${AT('s')} as at, s.details ->> 'principalId' as principal_id
               from audit.ledger s
              where s.signal_id = r.signal_id and s.action = 'signal.submitted'
              order by s.seq limit 1) s on true
           left join lateral (
             select min(${AT('x')}) filter (where x.action = 'signal.erasure-approved') as erased_at,
                    max(${AT('x')}) filter (where x.action = 'signal.purged') as purged_at
               from audit.ledger x
              where x.signal_id = r.signal_id and x.action in ('signal.erasure-approved', 'signal.purged')) d on true
       )
       select i.id, i.classification, i.agency, ${INSTANT('i.received_at')} as received_at,
              i.principal_id, p.name as principal_name, i.retention_until,
              ${INSTANT('i.erased_at')} as erased_at, ${INSTANT('i.purged_at')} as purged_at, i.exercise
         from items i
         left join identity.principals p on p.id::text = i.principal_id
        where ($3::date is null or i.received_at >= $3::date)
          and ($4::date is null or i.received_at < $4::date + 1)
          and ($5::text is null or ($5 = 'destroyed') = (i.erased_at is not null or i.purged_at is not null))
        order by i.received_at, i.id
        limit ${MAX_REGISTER_ITEMS + 1}`,
      [q.agency, q.classification ?? null, q.from ?? null, q.to ?? null, q.state ?? null],
    );
  }

  /**
   * Classified products sent to agencies (to `agency` only when set): when first sent, by which
   * analyst (the dissemination decision's principal), to which agencies. Products have no retention
   * term and no erasure yet: they are always held.
   */
  async products(q: RegisterQuery): Promise<ProductRow[]> {
    if (q.state === 'destroyed') return [];
    return this.ds.query(
      `with sent as (
         select l.details ->> 'productId' as id, min(l.details ->> 'classification') as classification,
                min(${AT('l')}) as received_at, array_agg(distinct l.agency order by l.agency) as agencies,
                bool_or(coalesce(l.details ->> 'exercise' = 'true', false)) as exercise
           from audit.ledger l
          where l.action = 'product.published-to-agency' and l.details ->> 'productId' is not null
            and l.details ->> 'classification' is not null and l.details ->> 'classification' <> 'unclassified'
            and ($1::text is null or l.agency = $1)
            and ($2::text is null or l.details ->> 'classification' = $2)
          group by 1
       )
       select s.id, s.classification, ${INSTANT('s.received_at')} as received_at, s.agencies, s.exercise,
              a.principal_id, p.name as principal_name
         from sent s
         left join lateral (
           select substr(d.actor, 11) as principal_id
             from audit.ledger d
            where d.action = 'product.sent' and d.details ->> 'productId' = s.id and d.actor like 'principal:%'
            order by d.seq limit 1) a on true
         left join identity.principals p on p.id::text = a.principal_id
        where ($3::date is null or s.received_at >= $3::date)
          and ($4::date is null or s.received_at < $4::date + 1)
        order by s.received_at, s.id
        limit ${MAX_REGISTER_ITEMS + 1}`,
      [q.agency, q.classification ?? null, q.from ?? null, q.to ?? null],
    );
  }

  /**
   * Who read which of these items: every recorded read (`access.recorded`) whose list of returned
   * signals (`signalIds`) or products (`productIds`) names it, per principal. `readerAgency`: only
   * readers of that agency (an agency's officer sees its own principals' reads, not OCAM's).
   */
  async readers(kind: 'signal' | 'product', ids: string[], readerAgency: string | null): Promise<Map<string, RegisterReader[]>> {
    const out = new Map<string, RegisterReader[]>();
    if (ids.length === 0) return out;
    const list = kind === 'signal' ? 'signalIds' : 'productIds';
    const rows: ReaderRow[] = await this.ds.query(
      `select i.id as item, substr(l.actor, 11) as principal_id,
              coalesce(max(p.name), max(l.details ->> 'principalName')) as name,
              coalesce(max(p.role), max(l.details ->> 'role')) as role, max(p.agency) as agency,
              count(*)::int as reads, ${INSTANT(`min(${AT('l')})`)} as first_at, ${INSTANT(`max(${AT('l')})`)} as last_at
         from unnest($1::text[]) as i(id)
         join audit.ledger l on (l.details -> '${list}') ? i.id
         left join identity.principals p on 'principal:' || p.id::text = l.actor
        where l.action = 'access.recorded' and l.actor like 'principal:%'
          and ($2::text is null or p.agency = $2)
        group by 1, 2
        order by 1, min(${AT('l')}), 2`,
      [ids, readerAgency],
    );
    for (const r of rows) {
      const readers = out.get(r.item) ?? [];
      readers.push({
        principalId: r.principal_id,
        name: r.name,
        role: r.role,
        agency: r.agency,
        reads: r.reads,
        firstAt: r.first_at,
        lastAt: r.last_at,
      });
      out.set(r.item, readers);
    }
    return out;
  }
}
