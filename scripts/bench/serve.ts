/**
 * The benchmark's web server, serving as a production host would: compressed responses, the
 * build's precompressed `.gz` / `.br` files when they are there (nginx `gzip_static` /
 * `brotli_static`), and on-the-fly compression at the same levels for anything else (TimelineJS's
 * files, generated data), so that both pages get the same treatment.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESSIBLE } from '../../build/precompress.ts';

export type Encoding = 'gzip' | 'br';
export const ENCODINGS: readonly Encoding[] = ['gzip', 'br'];

/** A response body and, for text formats, its compressed variants. */
export interface Served {
  body: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png'
};

/** `body` as served under `name`: with both variants at the build's levels when its format compresses. */
export function servedFrom(body: Buffer, name: string): Served {
  if (!COMPRESSIBLE.test(name)) return { body };
  return {
    body,
    gzip: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }),
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
  };
}

const readIfThere = (file: string) => readFile(file).catch(() => undefined);

/** A file of the build: its precompressed variants when the build wrote them, else compressed here. */
export async function servedFromDisk(file: string): Promise<Served> {
  const body = await readFile(file);
  const [gzip, br] = await Promise.all([readIfThere(`${file}.gz`), readIfThere(`${file}.br`)]);
  if (gzip && br) return { body, gzip, br };
  return servedFrom(body, file);
}

/**
 * What to send: the variant in `encoding` when the request accepts it and there is one, else the
 * body as it is. One encoding at a time, so a run measures gzip or brotli, never a mix.
 */
export function negotiate(served: Served, acceptEncoding: string, encoding: Encoding): { body: Buffer; contentEncoding?: Encoding } {
  const variant = served[encoding];
  const accepted = acceptEncoding.split(',').some((part) => part.trim().split(';')[0] === encoding);
  return variant && accepted ? { body: variant, contentEncoding: encoding } : { body: served.body };
}

export interface Server {
  /** The encoding responses use from now on. */
  encoding: Encoding;
  close(): void;
}

/**
 * Serves what `resolve` finds for a path on every port of `ports` (one handler: the page and the
 * host page of an embed differ only by origin), `Cache-Control: no-store`.
 */
export async function startServer(
  ports: number[],
  resolve: (pathname: string) => Promise<{ served: Served; name: string } | undefined>
): Promise<Server> {
  const state: Server = { encoding: 'gzip', close: () => servers.forEach((server) => server.close()) };
  const handler: http.RequestListener = (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    resolve(pathname)
      .then((found) => {
        if (!found) {
          response.writeHead(404).end();
          return;
        }
        const { body, contentEncoding } = negotiate(found.served, String(request.headers['accept-encoding'] ?? ''), state.encoding);
        response.writeHead(200, {
          'Content-Type': TYPES[path.extname(found.name)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
          // The host page of an embed is another origin: let it see the sizes of what it fetched.
          'Timing-Allow-Origin': '*',
          ...(found.served.gzip ? { Vary: 'Accept-Encoding' } : {}),
          ...(contentEncoding ? { 'Content-Encoding': contentEncoding } : {})
        });
        response.end(body);
      })
      .catch((error: unknown) => response.writeHead(500).end(String(error)));
  };
  const servers = ports.map((port) => http.createServer(handler));
  await Promise.all(servers.map((server, index) => new Promise<void>((done) => server.listen(ports[index], done))));
  return state;
}
