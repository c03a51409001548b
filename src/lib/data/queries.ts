import { queryOptions } from '@tanstack/svelte-query';
import { loadDataset } from './load';
import { indexDataset } from './normalize';

/** The dataset of one release (or the latest when `version` is undefined), indexed for the views. */
export const datasetQuery = (version: string | undefined) =>
  queryOptions({
    queryKey: ['dataset', version ?? 'latest'],
    queryFn: async ({ signal }) => indexDataset(await loadDataset(version, { signal })),
    // A release never changes under its URL; the latest changes only with a new build.
    staleTime: Infinity,
    retry: false
  });
