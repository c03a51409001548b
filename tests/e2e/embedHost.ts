import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for a newspaper's site: a second local server on another origin (127.0.0.1 and a
 * free port, while the app is served from localhost), so the embed really is a cross-origin
 * iframe. Tests register the article pages they need; pym.js's parent library is served from
 * node_modules as a newsroom would serve its own copy.
 */
export interface HostServer {
  origin: string;
  /** Serves `html` at `path` (a page of a test's own). */
  page: (path: string, html: string) => string;
  close: () => Promise<void>;
}

const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js');

export async function startHost(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/pym.v1.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(PYM);
      return;
    }
    const html = pages.get(path);
    if (html === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page: (path, html) => {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}

/** An article around the embed: text above and below, so the page can scroll past it. */
export function article(body: string, head = ''): string {
  const paragraphs = (count: number) =>
    Array.from({ length: count }, (_, n) => `<p>Paragraph ${n + 1} of the article. The reader scrolls past the graphic.</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title>${head}
<style>body { font: 18px/1.6 Georgia, serif; margin: 0 auto; max-width: 760px; padding: 0 12px; } p { margin: 0 0 1.2em; }</style>
</head>
<body>
<h1>Spyware and diplomacy</h1>
${paragraphs(6)}
${body}
${paragraphs(30)}
</body>
</html>`;
}
