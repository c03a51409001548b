import type { Plugin } from 'vite';
import { contentSecurityPolicy, inlineScripts } from './contentSecurityPolicy.ts';

/** Content-hashed files and frozen data releases never change under their name. */
export const CACHE_FOREVER = 'public, max-age=31536000, immutable';
/** Files that change under the same name (the page, the latest data, the embed loader): kept briefly, then revalidated. */
export const CACHE_BRIEFLY = 'public, max-age=300, must-revalidate';

/**
 * `_headers` as Netlify and Cloudflare Pages read it: one block per path pattern, its headers
 * indented below it. Exported for the test; docs/DEPLOY.md explains each line and gives nginx's.
 */
export function hostingHeaders(base: string, files: readonly string[], policy: string): string {
  const releases = files.filter((file) => /^data\/releases\/.+\.json$/.test(file) && file !== 'data/releases/index.json').sort();
  const blocks: Array<[string, string[]]> = [
    ['/*', [`Content-Security-Policy: ${policy}`, 'X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer']],
    // One pattern per file, never a wildcard over data/releases/: its index.json gains an entry with
    // each release, and both hosts join the values of every block that matches a path.
    ...['assets/*', ...releases].map((path): [string, string[]] => [`${base}${path}`, [`Cache-Control: ${CACHE_FOREVER}`]]),
    ...['', 'index.html', 'embed.js', 'favicon.svg', 'data/dataset.json', 'data/releases/index.json', 'data/CHANGELOG.md'].map(
      (path): [string, string[]] => [`${base}${path}`, [`Cache-Control: ${CACHE_BRIEFLY}`]]
    )
  ];
  return `${blocks.map(([pattern, headers]) => [pattern, ...headers.map((header) => `  ${header}`)].join('\n')).join('\n\n')}\n`;
}

/** Writes `_headers` beside index.html, from what the build actually wrote. */
export function hostingHeadersPlugin(): Plugin {
  let base = '/';
  return {
    name: 'pegasus-hosting-headers',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      // After the data plugin has emitted the releases.
      order: 'post',
      handler(_options, bundle) {
        // The page's own policy: it allows the inline scripts the build wrote by their hashes.
        const page = bundle['index.html'];
        const html = page?.type === 'asset' ? String(page.source) : '';
        const policy = contentSecurityPolicy(inlineScripts(html));
        this.emitFile({ type: 'asset', fileName: '_headers', source: hostingHeaders(base, Object.keys(bundle), policy) });
      }
    }
  };
}
