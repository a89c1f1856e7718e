import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FEEDS } from '@passerelle/contracts';

/** infra/kafka/acls.json: least privilege on the broker, as data (see the file's own comment). */
export interface AclFile {
  agencies: string[];
  principals: { name: string; kind: 'service' | 'agency' | 'operator'; write?: string[]; read?: string[]; groups?: string[] }[];
}

export interface AclBinding {
  /** The Kafka user, without `User:`. */
  user: string;
  resource: 'topic' | 'group';
  name: string;
  pattern: 'literal' | 'prefixed';
  operation: 'read' | 'write';
}

export interface ExpandedAcls {
  users: { name: string; kind: AclFile['principals'][number]['kind']; agency?: string }[];
  bindings: AclBinding[];
}

/** `KAFKA_ACLS_FILE`, else infra/kafka/acls.json found upward from here (source tree and dist/ alike). */
export function loadAclFile(env: NodeJS.ProcessEnv = process.env): AclFile {
  let file = env.KAFKA_ACLS_FILE;
  for (let dir = __dirname; !file; dir = dirname(dir)) {
    const candidate = join(dir, 'infra/kafka/acls.json');
    if (existsSync(candidate)) file = candidate;
    else if (dirname(dir) === dir) throw new Error('infra/kafka/acls.json not found: set KAFKA_ACLS_FILE');
  }
  return JSON.parse(readFileSync(file, 'utf8')) as AclFile;
}

const AGENCY = /^[a-z][a-z0-9-]{1,39}$/;

/**
 * Every user and binding the file means for one namespace (`prefix`, the deployment's
 * KAFKA_TOPIC_PREFIX) and a set of agencies (the file's, plus any added since): `{agency}` and
 * `{feed}` (the deployment's feeds, FEEDS) expanded, a trailing `*` turned into a PREFIXED resource, every name put under `prefix`.
 */
export function expandAcls(file: AclFile, opts: { prefix?: string; agencies?: string[] } = {}): ExpandedAcls {
  const prefix = opts.prefix ?? '';
  const agencies = [...new Set([...file.agencies, ...(opts.agencies ?? [])])];
  for (const a of agencies) if (!AGENCY.test(a)) throw new Error(`not an agency code: '${a}'`);
  const users: ExpandedAcls['users'] = [];
  const bindings: AclBinding[] = [];
  const expand = (template: string, agency?: string): string[] => {
    const withAgency = template.includes('{agency}')
      ? (agency ? [agency] : agencies).map((a) => template.replaceAll('{agency}', a))
      : [template];
    return withAgency.flatMap((t) => (t.includes('{feed}') ? FEEDS.map((f) => t.replaceAll('{feed}', f)) : [t]));
  };
  const resource = (user: string, kind: AclBinding['resource'], operation: AclBinding['operation'], template: string, agency?: string) => {
    for (const name of expand(template, agency)) {
      const prefixed = name.endsWith('*');
      bindings.push({
        user,
        resource: kind,
        operation,
        pattern: prefixed ? 'prefixed' : 'literal',
        name: prefix + (prefixed ? name.slice(0, -1) : name),
      });
    }
  };
  for (const p of file.principals) {
    const perAgency = p.name.includes('{agency}');
    for (const agency of perAgency ? agencies : [undefined]) {
      const user = agency ? p.name.replaceAll('{agency}', agency) : p.name;
      users.push({ name: user, kind: p.kind, ...(agency ? { agency } : {}) });
      for (const t of p.write ?? []) resource(user, 'topic', 'write', t, agency);
      for (const t of p.read ?? []) resource(user, 'topic', 'read', t, agency);
      for (const g of p.groups ?? []) resource(user, 'group', 'read', g, agency);
    }
  }
  return { users, bindings };
}
