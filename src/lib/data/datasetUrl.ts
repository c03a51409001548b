/**
 * Where a release lives. Releases are immutable, so their URLs are too. On its own, so the build
 * (build/firstScreen: the data preload) names the same address the app fetches.
 */
export function datasetUrl(version: string | undefined, base: string = import.meta.env.BASE_URL): string {
  return version ? `${base}data/releases/${version}.json` : `${base}data/dataset.json`;
}

/** The meta tag by which index.html names the SHA-256 of the data file the build checked and emitted (build/dataPlugin.ts, src/lib/data/load.ts). */
export const DATASET_DIGEST_META = 'pegasus-dataset-digest';
