import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * Secrets at rest (client secrets, passwords, OAuth tokens): AES-256-GCM with a
 * random 96-bit IV per value. Every ciphertext names the key that made it, so keys
 * rotate: the ring holds the current key (which encrypts) and older ones (which
 * only decrypt) until every value has been re-encrypted.
 */

/** One 256-bit key and the id stored next to what it encrypted. */
export interface EncryptionKey {
  readonly id: string;
  readonly key: Uint8Array;
}

const FORMAT = 'v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Encrypts with the newest key, decrypts with any key it holds. Never logs or exposes a key or a plaintext. */
export class KeyRing {
  readonly #keys: Map<string, Uint8Array>;
  /** The id of the key that encrypts (the first one given). */
  readonly currentKeyId: string;

  /** `keys[0]` encrypts; the rest only decrypt. Throws for no keys, a key that is not 32 bytes, or a bad or repeated id. */
  constructor(keys: readonly EncryptionKey[]) {
    if (keys.length === 0) throw new Error('KeyRing needs at least one key');
    this.#keys = new Map();
    for (const { id, key } of keys) {
      if (!KEY_ID.test(id)) throw new Error('A key id is 1–64 letters, digits, "_" or "-"');
      if (key.byteLength !== 32) throw new Error(`Key ${id} is not 32 bytes (AES-256)`);
      if (this.#keys.has(id)) throw new Error(`Key id ${id} is given twice`);
      this.#keys.set(id, Uint8Array.from(key));
    }
    this.currentKeyId = keys[0]!.id;
  }

  /**
   * Encrypts `plaintext`, bound to `context` (e.g. `provider:ID:clientSecret`), so a
   * ciphertext copied to another row does not decrypt there.
   */
  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#keys.get(this.currentKeyId)!, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [FORMAT, this.currentKeyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  /** Decrypts what `encrypt` made with the same context. Throws (without the value) for an unknown key or a tampered value. */
  decrypt(sealed: string, context: string): string {
    const [format, keyId, iv, tag, data] = sealed.split('.');
    const key = keyId === undefined ? undefined : this.#keys.get(keyId);
    if (format !== FORMAT || key === undefined || iv === undefined || tag === undefined || data === undefined) {
      throw new Error(`Cannot decrypt: unknown format or key id ${keyId ?? '?'}`);
    }
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(`Cannot decrypt a value sealed with key ${keyId}: wrong key or tampered value`);
    }
  }

  /** Whether a value was sealed with an older key and should be re-encrypted. */
  isStale(sealed: string): boolean {
    return sealed.split('.')[1] !== this.currentKeyId;
  }
}

/** The environment variable that holds the keys: `id:base64key` pairs, comma-separated, newest first. */
export const KEYS_ENV = 'MAIL_SETUP_ENCRYPTION_KEYS';

/** Parses `id:base64key,id:base64key` (newest first). Throws a message that names ids, never key material. */
export function parseKeys(value: string): EncryptionKey[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const colon = entry.indexOf(':');
      if (colon <= 0) throw new Error(`${KEYS_ENV}: each entry is id:base64key`);
      const id = entry.slice(0, colon);
      return { id, key: Buffer.from(entry.slice(colon + 1), 'base64') };
    });
}

/** Makes a new random key entry for `MAIL_SETUP_ENCRYPTION_KEYS` (`id:base64`). */
export function generateKeyEntry(id: string): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}

export interface LoadKeyRingOptions {
  /** Where to read the keys; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** In development only, a key file is made (and reused) in this directory when the environment has no keys. */
  readonly development?: boolean;
  readonly dataDir?: string;
  /** Told once when the development key file is used. Default `console.warn`. */
  readonly warn?: (message: string) => void;
}

/**
 * The key ring from `MAIL_SETUP_ENCRYPTION_KEYS`; in development mode only, without
 * that variable, a key file `dev-encryption-key` in the data directory (created on
 * first use, mode 0600) with a warning. Anywhere else, no keys is an error.
 */
export async function loadKeyRing(options: LoadKeyRingOptions = {}): Promise<KeyRing> {
  const value = (options.env ?? process.env)[KEYS_ENV];
  if (value !== undefined && value.trim() !== '') return new KeyRing(parseKeys(value));
  if (!options.development || options.dataDir === undefined) {
    throw new Error(`${KEYS_ENV} is not set: secrets cannot be stored without an encryption key (see docs/server.md)`);
  }
  const file = join(options.dataDir, 'dev-encryption-key');
  let entry: string;
  try {
    entry = (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(options.dataDir, { recursive: true });
    entry = generateKeyEntry('dev');
    await writeFile(file, `${entry}\n`, { mode: 0o600, flag: 'wx' });
    await chmod(file, 0o600);
  }
  (options.warn ?? console.warn)(`mail-setup: development mode, secrets are encrypted with the key file ${file}; set ${KEYS_ENV} in production`);
  return new KeyRing(parseKeys(entry));
}
