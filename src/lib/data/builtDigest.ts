/**
 * The data file the build checked and emitted, named by its SHA-256 in index.html
 * (build/dataPlugin.ts writes it, load.ts compares what arrives): the same bytes need no second check.
 */

/** The meta tag of index.html that carries the digest. */
export const DATASET_DIGEST_META = 'pegasus-dataset-digest';

/** The digest index.html names; none in development (the dev server compiles the data on each request). */
export function builtDatasetDigest(): string | undefined {
  return globalThis.document?.querySelector<HTMLMetaElement>(`meta[name="${DATASET_DIGEST_META}"]`)?.content;
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
