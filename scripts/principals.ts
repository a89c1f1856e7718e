/**
 * Principals administration from the command line, for security officers with database access
 * (break-glass, first security officer, scripted reviews). Same rules and same audit as
 * `/v1/admin/principals` on the intake: each change and its `identity.principals.changed.v1`
 * event are written in one transaction to the intake's outbox, which the intake publishes.
 *
 *   npm run principals -- create --name n --role analyst --clearance confidential [--agency a] [--expires 2027-06-30] [--feeds ocam,…]
 *   npm run principals -- update <id|name> [--clearance c] [--expires d | --no-expiry] [--feeds a,b]
 *   npm run principals -- revoke <id|name>
 *   npm run principals -- rotate-key <id|name>
 *   npm run principals -- list [--expiring-within 30] [--json]
 *
 * Reads DATABASE_URL and KAFKA_TOPIC_PREFIX like the apps. Exit codes: 0 done, 1 refused (unknown
 * principal, name taken, revoked), 2 bad usage or invalid values.
 */
import 'reflect-metadata';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { validateAs } from '@passerelle/contracts';
import { databaseUrlFromEnv, identityMigrations, intakeMigrations, migrateSchema } from '@passerelle/persistence';
import { KeyHandoversRepository, PrincipalPatch, PrincipalRequestsRepository, PrincipalsRepository } from '@passerelle/security';
import { DataSource } from 'typeorm';
import { CreatePrincipalUseCase } from '../apps/intake/src/admin/create-principal.usecase';
import { doneNow, PrincipalAdmin, PrincipalAdminError } from '../apps/intake/src/admin/principal-admin';
import { CreatePrincipalDto, PrincipalView, toView, UpdatePrincipalDto } from '../apps/intake/src/admin/principal.dto';
import { ReadPrincipalsUseCase } from '../apps/intake/src/admin/read-principals.usecase';
import { RevokePrincipalUseCase } from '../apps/intake/src/admin/revoke-principal.usecase';
import { RotatePrincipalKeyUseCase } from '../apps/intake/src/admin/rotate-principal-key.usecase';
import { UpdatePrincipalUseCase } from '../apps/intake/src/admin/update-principal.usecase';
import { IntakeAccessOutboxRepository } from '../apps/intake/src/outbox/access-outbox.repository';
import { IntakeOutbox } from '../apps/intake/src/outbox/intake-outbox';
import { IntakeOutboxRepository } from '../apps/intake/src/outbox/intake-outbox.repository';

export const USAGE = `usage: npm run principals -- <command>
  create --name <name> --role <poc|analyst|oversight|security-officer|admin> --clearance <level>
         [--agency <agency>] [--expires <date>] [--feeds <feed,feed>]     prints the id and the API key (once)
  update <id|name> [--clearance <level>] [--expires <date> | --no-expiry] [--feeds <feed,feed>]
  revoke <id|name>                                                         effective at once
  rotate-key <id|name>                                                     prints the new key (once)
  list [--expiring-within <days>] [--json]                                 the monthly clearance review
dates: 2027-06-30 (00:00 UTC) or 2027-06-30T12:00:00Z; levels: unclassified, restricted, confidential, secret, top-secret`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliOptions {
  databaseUrl?: string;
  /** Recorded as `changedBy`; `cli:<os user>` by default. */
  changedBy?: string;
  io?: CliIo;
}

class UsageError extends Error {}

type Command =
  | { kind: 'create'; body: CreatePrincipalDto }
  | { kind: 'update'; ref: string; body: UpdatePrincipalDto }
  | { kind: 'revoke'; ref: string }
  | { kind: 'rotate-key'; ref: string }
  | { kind: 'list'; expiringWithinDays?: number; json: boolean };

const feedList = (v: string | undefined): string[] | undefined =>
  v === undefined
    ? undefined
    : v
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);

function one(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`${what} takes exactly one <id|name>`);
  return positionals[0];
}

/** The same class-validator rules as the HTTP API; field errors are usage errors. */
function validated<T extends object>(cls: new () => T, plain: Record<string, unknown>, flag: Record<string, string>): T {
  const defined = Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined));
  const r = validateAs(cls, defined);
  if (!r.value) throw new UsageError(r.errors.map((e) => `${flag[e.path.replace(/\[\d+\]$/, '')] ?? e.path}: ${e.reason}`).join('\n'));
  return r.value;
}

const FLAGS = {
  name: '--name',
  role: '--role',
  agency: '--agency',
  clearance: '--clearance',
  clearanceExpiresAt: '--expires',
  feeds: '--feeds',
};

export function parseCommand(argv: string[]): Command {
  const [command, ...rest] = argv;
  switch (command) {
    case 'create': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: {
          name: { type: 'string' },
          role: { type: 'string' },
          agency: { type: 'string' },
          clearance: { type: 'string' },
          expires: { type: 'string' },
          feeds: { type: 'string' },
        },
        allowPositionals: true,
        strict: true,
      });
      if (positionals.length) throw new UsageError(`create takes no positional arguments (got ${positionals.join(' ')})`);
      for (const required of ['name', 'role', 'clearance'] as const)
        if (!values[required]) throw new UsageError(`create needs --${required}`);
      const body = validated(
        CreatePrincipalDto,
        { ...values, expires: undefined, clearanceExpiresAt: values.expires, feeds: feedList(values.feeds) },
        FLAGS,
      );
      return { kind: 'create', body };
    }
    case 'update': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: {
          clearance: { type: 'string' },
          expires: { type: 'string' },
          'no-expiry': { type: 'boolean' },
          feeds: { type: 'string' },
        },
        allowPositionals: true,
        strict: true,
      });
      const ref = one(positionals, 'update');
      if (values.expires !== undefined && values['no-expiry']) throw new UsageError('give --expires or --no-expiry, not both');
      const plain = {
        clearance: values.clearance,
        clearanceExpiresAt: values['no-expiry'] ? null : values.expires,
        feeds: feedList(values.feeds),
      };
      if (Object.values(plain).every((v) => v === undefined))
        throw new UsageError('update needs --clearance, --expires, --no-expiry or --feeds');
      return { kind: 'update', ref, body: validated(UpdatePrincipalDto, plain, FLAGS) };
    }
    case 'revoke':
    case 'rotate-key': {
      const { positionals } = parseArgs({ args: rest, options: {}, allowPositionals: true, strict: true });
      return { kind: command, ref: one(positionals, command) };
    }
    case 'list': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: { 'expiring-within': { type: 'string' }, json: { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      });
      if (positionals.length) throw new UsageError(`list takes no positional arguments (got ${positionals.join(' ')})`);
      const days = values['expiring-within'];
      if (days !== undefined && !/^\d{1,4}$/.test(days)) throw new UsageError('--expiring-within must be a number of days (0-3650)');
      const n = days === undefined ? undefined : Number(days);
      if (n !== undefined && n > 3650) throw new UsageError('--expiring-within must be a number of days (0-3650)');
      return { kind: 'list', expiringWithinDays: n, json: values.json ?? false };
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      throw new UsageError('');
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

const instant = (v: string | null | undefined): Date | null | undefined => (v === undefined ? undefined : v === null ? null : new Date(v));

function describe(p: PrincipalView): string {
  const expiry = p.clearanceExpiresAt
    ? `${p.clearanceExpired ? 'EXPIRED' : 'expires'} ${p.clearanceExpiresAt}${p.clearanceExpired ? '' : ` (in ${Math.ceil((Date.parse(p.clearanceExpiresAt) - Date.now()) / 86400000)} d)`}`
    : 'no expiry';
  const agency = p.agency ? ` agency=${p.agency}` : '';
  const revoked = p.revokedAt ? ` REVOKED ${p.revokedAt}` : '';
  return `${p.name}  ${p.id}  ${p.role}${agency}  ${p.clearance}  ${expiry}  feeds=[${p.feeds.join(',')}]${revoked}`;
}

/** The intake's use cases, wired by hand: no relay (the intake publishes the rows) and no Kafka check. */
interface UseCases {
  create: CreatePrincipalUseCase;
  read: ReadPrincipalsUseCase;
  update: UpdatePrincipalUseCase;
  revoke: RevokePrincipalUseCase;
  rotateKey: RotatePrincipalKeyUseCase;
}

function useCases(ds: DataSource): UseCases {
  const principals = new PrincipalsRepository(ds);
  const admin = new PrincipalAdmin(
    principals,
    // No relay here: the intake's relay publishes the rows when it next runs.
    new IntakeOutbox(ds, new IntakeOutboxRepository(ds), new IntakeAccessOutboxRepository(ds)),
    new PrincipalRequestsRepository(ds),
    new KeyHandoversRepository(),
  );
  return {
    create: new CreatePrincipalUseCase(principals, admin),
    read: new ReadPrincipalsUseCase(principals, admin),
    update: new UpdatePrincipalUseCase(principals, admin),
    revoke: new RevokePrincipalUseCase(principals, admin),
    rotateKey: new RotatePrincipalKeyUseCase(principals, admin),
  };
}

async function execute(cmd: Command, uc: UseCases, changedBy: string, io: CliIo): Promise<void> {
  const actor = { changedBy };
  switch (cmd.kind) {
    case 'create': {
      const { principal, apiKey } = doneNow(
        await uc.create.execute({ ...cmd.body, clearanceExpiresAt: instant(cmd.body.clearanceExpiresAt) }, actor),
      );
      io.out(`created ${describe(toView(principal))}`);
      io.out(`id: ${principal.id}`);
      io.out(`API key (shown once; store it now, only its hash is kept): ${apiKey}`);
      return;
    }
    case 'update': {
      const target = await uc.read.resolve(cmd.ref);
      const patch: PrincipalPatch = {
        clearance: cmd.body.clearance,
        clearanceExpiresAt: instant(cmd.body.clearanceExpiresAt),
        feeds: cmd.body.feeds,
      };
      io.out(`updated ${describe(toView(doneNow(await uc.update.execute(target.id, patch, actor))))}`);
      return;
    }
    case 'revoke': {
      const target = await uc.read.resolve(cmd.ref);
      if (target.revokedAt) io.out(`${target.name} was already revoked on ${target.revokedAt.toISOString()}`);
      else io.out(`revoked ${describe(toView(doneNow(await uc.revoke.execute(target.id, actor))))}`);
      return;
    }
    case 'rotate-key': {
      const target = await uc.read.resolve(cmd.ref);
      const { principal, apiKey } = doneNow(await uc.rotateKey.execute(target.id, actor));
      io.out(`new key for ${principal.name} (${principal.id}); the old key no longer works`);
      io.out(`API key (shown once; store it now, only its hash is kept): ${apiKey}`);
      return;
    }
    case 'list': {
      const now = new Date();
      const views = (await uc.read.list({ expiringWithinDays: cmd.expiringWithinDays })).map((p) => toView(p, now));
      if (cmd.json) {
        io.out(JSON.stringify({ principals: views }, null, 2));
        return;
      }
      if (cmd.expiringWithinDays !== undefined) {
        io.out(`${views.length} principal(s) whose clearance expires within ${cmd.expiringWithinDays} day(s) or has expired:`);
      }
      for (const v of views) io.out(describe(v));
      return;
    }
  }
}

const stdio: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs one command; returns the exit code. Importable, so tests drive it without a build. */
export async function runPrincipalsCli(argv: string[], opts: CliOptions = {}): Promise<number> {
  const io = opts.io ?? stdio;
  let cmd: Command;
  try {
    cmd = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError) && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') !== true) throw e;
    if ((e as Error).message) io.err(`principals: ${(e as Error).message}`);
    io.err(USAGE);
    return 2;
  }
  const url = opts.databaseUrl ?? databaseUrlFromEnv();
  // The outbox lives in the intake's schema: make sure both schemas are there (no-op when they are).
  await migrateSchema(url, 'identity', identityMigrations);
  await migrateSchema(url, 'intake', intakeMigrations);
  const ds = await new DataSource({
    type: 'postgres',
    url,
    logging: false,
    extra: { max: 2, application_name: 'passerelle-principals-cli' },
  }).initialize();
  try {
    await execute(cmd, useCases(ds), opts.changedBy ?? `cli:${userInfo().username}`, io);
    return 0;
  } catch (e) {
    if (!(e instanceof PrincipalAdminError)) throw e;
    io.err(`principals: ${e.message}`);
    for (const fe of e.errors) if (!e.message.includes(fe.reason)) io.err(`  ${fe.path}: ${fe.reason}`);
    return e.code === 'invalid' || e.code === 'rejected' ? 2 : 1;
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  runPrincipalsCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`principals failed: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
