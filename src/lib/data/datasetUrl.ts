/**
 * Where a release lives. Releases are immutable, so their URLs are too. On its own, so the build
 * (build/firstScreen: the data preload) names the same address the app fetches.
 */
export function datasetUrl(version: string | undefined, base: string = import.meta.env.BASE_URL): string {
  return version ? `${base}data/releases/${version}.json` : `${base}data/dataset.json`;
}
