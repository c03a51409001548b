/** How the app reads the built data file's digest from index.html (build/dataPlugin.ts writes it). */
import { afterEach, describe, expect, it } from 'vitest';
import { builtDatasetDigest, DATASET_DIGEST_META, digestOf } from '../../../../src/lib/data/builtDigest';

describe('builtDatasetDigest', () => {
  afterEach(() => document.head.querySelector(`meta[name="${DATASET_DIGEST_META}"]`)?.remove());

  it('reads the length and SHA-256 the build writes into index.html', async () => {
    const digest = (await digestOf('{"events":[]}'))!;
    document.head.insertAdjacentHTML('beforeend', `<meta name="${DATASET_DIGEST_META}" content="${digest.sha256}" data-length="${digest.length}">`);
    expect(builtDatasetDigest()).toEqual({ length: 13, sha256: digest.sha256 });
  });

  it('names no built file without the tag, or with a tag missing its length', () => {
    expect(builtDatasetDigest()).toBeUndefined();
    document.head.insertAdjacentHTML('beforeend', `<meta name="${DATASET_DIGEST_META}" content="ab12">`);
    expect(builtDatasetDigest()).toBeUndefined();
  });
});
