/**
 * The production build writes a gzip and a brotli file beside every compressible file (scripts,
 * styles, the page, the data, the basemap, SVG), and each decompresses to its original byte for
 * byte: a host serving them (nginx gzip_static / brotli_static, Netlify, Cloudflare) sends exactly
 * the build.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESSIBLE } from '../../../build/precompress';

let outDir: string;
let files: string[];

beforeAll(async () => {
  outDir = await mkdtemp(path.join(os.tmpdir(), 'pegasus-precompress-'));
  await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)));
}, 120_000);

afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('precompressed build', () => {
  it('compresses the page, the scripts, the styles, the data and the basemap', () => {
    const originals = files.filter((file) => COMPRESSIBLE.test(file));
    for (const expected of [/^index\.html$/, /^assets\/index-.+\.js$/, /^assets\/Timeline-.+\.css$/, /^data\/dataset\.json$/, /^assets\/countries-110m-.+\.json$/, /^embed\.js$/]) {
      expect(originals.some((file) => expected.test(file)), String(expected)).toBe(true);
    }
  });

  it('writes both variants beside every compressible file, each decompressing to the original', async () => {
    const originals = files.filter((file) => COMPRESSIBLE.test(file));
    for (const file of originals) {
      expect(files, file).toContain(`${file}.gz`);
      expect(files, file).toContain(`${file}.br`);
      const original = await readFile(path.join(outDir, file));
      expect(gunzipSync(await readFile(path.join(outDir, `${file}.gz`))).equals(original), `${file}.gz`).toBe(true);
      expect(brotliDecompressSync(await readFile(path.join(outDir, `${file}.br`))).equals(original), `${file}.br`).toBe(true);
    }
  });

  it('leaves nothing else compressed: every .gz and .br has its original beside it', () => {
    for (const file of files.filter((name) => /\.(gz|br)$/.test(name))) {
      expect(files, file).toContain(file.replace(/\.(gz|br)$/, ''));
    }
  });
});
