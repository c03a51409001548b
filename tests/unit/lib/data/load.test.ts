/**
 * How data enters the app (loadDataset): the file the build checked and emitted is taken as it is,
 * anything else is checked against the schema, and each failure has its own kind.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { digestOf } from '../../../../src/lib/data/builtDigest';
import { DataLoadError, loadDataset } from '../../../../src/lib/data/load';
import { sampleDataset } from '../../../fixtures/dataset';

const served = (body: string, init: ResponseInit = { headers: { 'content-type': 'application/json' } }): typeof fetch =>
  async () => new Response(body, init);

const valid = JSON.stringify(sampleDataset());
/** Valid JSON in the current format that the schema rejects: an event of an unknown category. */
const offSchema = valid.replace('"category":"regulatory"', '"category":"gossip"');

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as DataLoadError);

describe('loadDataset', () => {
  afterEach(() => vi.restoreAllMocks());

  it('checks the latest data against the schema when the page names no built file', async () => {
    expect(await loadDataset(undefined, { fetchFn: served(valid), builtDigest: undefined })).toEqual(sampleDataset());
    const error = await failure(loadDataset(undefined, { fetchFn: served(offSchema), builtDigest: undefined }));
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error?.kind).toBe('schema');
    expect(error?.message).toMatch(/category/);
  });

  it('takes the very file the build checked as it is, without checking it again', async () => {
    // Proof that no check runs: a file off the schema, named as the built one, is returned unchecked.
    const dataset = await loadDataset(undefined, { fetchFn: served(offSchema), builtDigest: await digestOf(offSchema) });
    expect(dataset.events.map((event) => event.category)).toContain('gossip');
  });

  it('checks a latest file whose bytes differ from the built one (a host replaced it)', async () => {
    const error = await failure(loadDataset(undefined, { fetchFn: served(offSchema), builtDigest: await digestOf(valid) }));
    expect(error?.kind).toBe('schema');
  });

  it('hashes no file of another length than the built one: 10,000 events would cost 0.2 s', async () => {
    const builtDigest = await digestOf(offSchema);
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const error = await failure(loadDataset(undefined, { fetchFn: served(offSchema + ' '), builtDigest }));
    expect(error?.kind).toBe('schema');
    expect(digest).not.toHaveBeenCalled();
  });

  it('always checks a pinned release, even with the built file’s bytes', async () => {
    const error = await failure(loadDataset('1.0.0', { fetchFn: served(offSchema), builtDigest: await digestOf(offSchema) }));
    expect(error?.kind).toBe('schema');
  });

  it('says a pinned release the host does not have is unknown', async () => {
    const error = await failure(loadDataset('9.9.9', { fetchFn: served('Not found', { status: 404 }) }));
    expect(error?.kind).toBe('unknown-release');
  });
});
