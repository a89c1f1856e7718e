import { KeySecrets, loadSecretPair } from './keys';

/**
 * Where the data keys' key-encryption key (KEK) comes from. The data keys (Postgres
 * `keys.data_keys`) are stored wrapped under it: whoever reads Postgres's files — the live table,
 * a dead tuple not vacuumed yet, a page's free space, WAL, a backup — holds only wrapped keys, which
 * open nothing without the KEK. So the KEK belongs outside the database host where a deployment
 * can put it (docs/operations.md, _Crypto-shredding_): the file provider reads it from a path of
 * the deployment's choosing — a secrets mount of another volume or host (tmpfs, a mounted secret) —
 * and a deployment with a key-management service registers a provider of its own that obtains the
 * KEK from it at start (e.g. decrypts an encrypted KEK blob with a KMS master key that never leaves
 * the KMS), holding it in memory only. Passerelle ships the file provider; no KMS client.
 */
export interface KekProvider {
  /** What kind of provider (`file`, or a deployment's own), for a start-up log line. */
  readonly kind: string;
  /** The KEK in force (wraps and unwraps) and the one before a rotation (unwraps only), in memory. */
  keks(): KeySecrets;
}

export const DATA_KEY_KEK_ENV = 'PASSERELLE_DATA_KEY_KEK';
export const DATA_KEY_KEK_FILE_ENV = 'PASSERELLE_DATA_KEY_KEK_FILE';
/** Where a development machine keeps its generated key-encryption key (same host: development only). */
export const DEV_DATA_KEY_KEK_FILE = '.passerelle/data-key-kek';

/**
 * The KEK from `PASSERELLE_DATA_KEY_KEK_FILE` (a path: put it on another mount than Postgres's data
 * directory, see above), or `PASSERELLE_DATA_KEY_KEK` (the value itself, e.g. injected by an
 * orchestrator's secret store); `_PREVIOUS[_FILE]` for the one before a rotation; random per
 * process under NODE_ENV=test; generated once into `.passerelle/data-key-kek` on a development
 * machine; required in production. Read once.
 */
export class FileKekProvider implements KekProvider {
  readonly kind = 'file';
  private loaded: KeySecrets | undefined;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  keks(): KeySecrets {
    this.loaded ??= loadSecretPair(this.env, {
      name: DATA_KEY_KEK_ENV,
      fileName: DATA_KEY_KEK_FILE_ENV,
      devFile: DEV_DATA_KEY_KEK_FILE,
      what: 'the data-key KEK',
    });
    return this.loaded;
  }
}

let provider: KekProvider | undefined;

/** The provider in force: the one registered, else the file provider on the environment. */
export function kekProvider(): KekProvider {
  provider ??= new FileKekProvider();
  return provider;
}

/** Puts a deployment's own provider (a KMS-backed one) in force; before the first key is wrapped. */
export function useKekProvider(p: KekProvider | undefined): void {
  provider = p;
}
