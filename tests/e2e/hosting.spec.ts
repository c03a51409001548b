import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_BRIEFLY, CACHE_FOREVER } from '../../build/hostingHeaders.ts';

/**
 * The build as a host receives it (docs/DEPLOY.md): every asset named by its content, so it can be
 * cached for a year, and a `_headers` file that sends the same Content-Security-Policy as the page.
 * Reads the folder the Playwright web server built (E2E_OUT_DIR).
 */
const outDir = path.resolve(import.meta.dirname, '../..', process.env.E2E_OUT_DIR ?? 'dist');
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

/** `_headers` as Netlify and Cloudflare Pages read it: path pattern → header lines. */
function parseHeaders(text: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (/^\s/.test(line)) current.push(line.trim());
    else blocks.set(line, (current = []));
  }
  return blocks;
}

/**
 * A precompressed variant (`.br`, `.gz`, for nginx's gzip_static / brotli_static) is the same
 * resource as its file: hosts answer the file's own URL with it, under the file's headers.
 */
const withoutVariant = (name: string) => name.replace(/\.(br|gz)$/, '');

test('every file in assets/ is named by a hash of its content', () => {
  const assets = readdirSync(path.join(outDir, 'assets')).map(withoutVariant);
  expect(assets.length).toBeGreaterThan(10);
  expect(assets.filter((name) => !/-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(name))).toEqual([]);
});

test('_headers sends the Content-Security-Policy that index.html carries', () => {
  const metaPolicy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(read('index.html'))?.[1];
  expect(metaPolicy).toBeTruthy();
  const headers = parseHeaders(read('_headers'));
  expect(headers.get('/*')).toContain(`Content-Security-Policy: ${metaPolicy!.replaceAll('&#39;', "'")}`);
});

test('_headers caches hashed assets and frozen releases for good, and what changes only briefly', () => {
  const headers = parseHeaders(read('_headers'));
  const releases = [...new Set(readdirSync(path.join(outDir, 'data/releases')).map(withoutVariant))].filter((name) => name !== 'index.json');
  expect(releases.length).toBeGreaterThan(0);
  for (const pattern of ['/assets/*', ...releases.map((name) => `/data/releases/${name}`)]) {
    expect(headers.get(pattern), pattern).toEqual([`Cache-Control: ${CACHE_FOREVER}`]);
  }
  // Every other file the build writes changes under its name.
  const unhashed = ['/', ...readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${withoutVariant(path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))}`)
    .filter((file) => !file.startsWith('/assets/') && !releases.some((name) => file === `/data/releases/${name}`))
    .filter((file) => file !== '/_headers')];
  for (const file of unhashed) expect(headers.get(file), file).toEqual([`Cache-Control: ${CACHE_BRIEFLY}`]);
});
