/**
 * The data file the build checked and emitted, named in index.html by its length and SHA-256
 * (build/dataPlugin.ts writes them, load.ts compares what arrives): the same text needs no second check.
 */

/** The meta tag of index.html that names the built file: its SHA-256 as content, its length as data-length. */
export const DATASET_DIGEST_META = 'pegasus-dataset-digest';

/** What index.html says of the built data file. */
export interface BuiltDigest {
  /** Its length as a JavaScript string counts it (UTF-16 code units): compared before any hashing. */
  length: number;
  /** The SHA-256 of its UTF-8 bytes, in hex. */
  sha256: string;
}

/** The built file's digest as the build writes it into the meta tag's attributes. */
export async function digestOf(text: string): Promise<BuiltDigest | undefined> {
  const sha256 = await sha256Hex(text);
  return sha256 === undefined ? undefined : { length: text.length, sha256 };
}

/** The digest index.html names; none in development (the dev server compiles the data on each request). */
export function builtDatasetDigest(): BuiltDigest | undefined {
  const meta = globalThis.document?.querySelector<HTMLMetaElement>(`meta[name="${DATASET_DIGEST_META}"]`);
  const length = Number(meta?.dataset.length);
  return meta?.content && Number.isInteger(length) ? { length, sha256: meta.content } : undefined;
}

/**
 * Whether `text` is the built file. A text of another length is not, and is not hashed: hashing
 * costs ~0.2 s on the 8 MB of 10,000 generated events, which get the schema's check anyway.
 */
export async function isBuiltDataset(text: string, built: BuiltDigest | undefined): Promise<boolean> {
  return built !== undefined && text.length === built.length && (await sha256Hex(text)) === built.sha256;
}

/**
 * The SHA-256 of a text's UTF-8 bytes, in hex: one function for the build (Node) and the app, so
 * the two always agree. Undefined where Web Crypto is not offered (a page served over plain HTTP).
 */
export async function sha256Hex(text: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
