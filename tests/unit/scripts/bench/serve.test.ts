/** The benchmark's server sends what a host with precompressed files would, in one encoding at a time. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { negotiate, servedFrom, servedFromDisk } from '../../../../scripts/bench/serve';

const CHROMIUM_ACCEPTS = 'gzip, deflate, br, zstd';
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('servedFrom', () => {
  it('compresses text formats both ways, and leaves images and fonts as they are', () => {
    const script = servedFrom(Buffer.from('const answer = 42;\n'.repeat(50)), 'app.js');
    expect(gunzipSync(script.gzip!).equals(script.body)).toBe(true);
    expect(brotliDecompressSync(script.br!).equals(script.body)).toBe(true);
    expect(script.br!.length).toBeLessThan(script.body.length);
    expect(servedFrom(Buffer.from('PNG'), 'marker.png')).toEqual({ body: Buffer.from('PNG') });
  });
});

describe('servedFromDisk', () => {
  it('sends the build’s own .gz and .br files when both are there', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-serve-'));
    dirs.push(dir);
    const file = path.join(dir, 'data.json');
    await writeFile(file, '{"events":[]}');
    // Made at another level than the server's: proof that the file on disk is what is sent.
    const onDisk = gzipSync('{"events":[]}', { level: 1 });
    await writeFile(`${file}.gz`, onDisk);
    await writeFile(`${file}.br`, 'brotli bytes');
    const served = await servedFromDisk(file);
    expect(served.gzip?.equals(onDisk)).toBe(true);
    expect(served.br?.toString()).toBe('brotli bytes');
  });

  it('compresses a file the build did not precompress', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-serve-'));
    dirs.push(dir);
    await writeFile(path.join(dir, 'timeline.css'), '.tl { color: red }');
    const served = await servedFromDisk(path.join(dir, 'timeline.css'));
    expect(gunzipSync(served.gzip!).toString()).toBe('.tl { color: red }');
    expect(brotliDecompressSync(served.br!).toString()).toBe('.tl { color: red }');
  });
});

describe('negotiate', () => {
  const served = { body: Buffer.from('body'), gzip: Buffer.from('gz'), br: Buffer.from('br') };

  it('sends the run’s encoding when the browser accepts it', () => {
    expect(negotiate(served, CHROMIUM_ACCEPTS, 'br')).toEqual({ body: Buffer.from('br'), contentEncoding: 'br' });
    expect(negotiate(served, CHROMIUM_ACCEPTS, 'gzip')).toEqual({ body: Buffer.from('gz'), contentEncoding: 'gzip' });
  });

  it('sends the body as it is to a client that does not accept it, or when there is no variant', () => {
    expect(negotiate(served, 'gzip, deflate', 'br')).toEqual({ body: Buffer.from('body') });
    expect(negotiate(served, 'identity;q=1, brotli', 'br')).toEqual({ body: Buffer.from('body') });
    expect(negotiate({ body: Buffer.from('png') }, CHROMIUM_ACCEPTS, 'gzip')).toEqual({ body: Buffer.from('png') });
  });
});
