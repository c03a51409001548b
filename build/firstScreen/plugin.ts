import type { Plugin, ResolvedConfig } from 'vite';
import { createServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compileLatest } from '../dataPlugin.ts';
import type { Dataset } from '../../src/lib/data/types.ts';
import type { FirstScreen } from './render.ts';
import { firstScreenScript } from './choice.ts';
import { WIDE_START_MODULES, widePreloads, type Preload } from './preloads.ts';
import { datasetUrl } from '../../src/lib/data/datasetUrl.ts';
import { FIRST_SCREEN_CSS } from './css.ts';

/** Renders the first screen with the app's own components, through a throwaway Vite SSR server. */
async function renderWithVite(root: string, dataset: Dataset): Promise<FirstScreen> {
  // A cache of its own: node_modules/.vite is shared with every other Vite run on the machine (a
  // dev server, tests building in parallel), and a half-written copy of Svelte there broke this render.
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'pegasus-first-screen-'));
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    // Scoped CSS comes with the markup (the class hashes are those of the app's build: same files, same root).
    plugins: [svelte({ compilerOptions: { css: 'injected' } })],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    // Svelte's production server runtime, as in the app's build.
    mode: 'production',
    cacheDir,
    optimizeDeps: { noDiscovery: true, include: [] }
  });
  try {
    const { renderFirstScreen } = (await server.ssrLoadModule(path.join(root, 'build/firstScreen/render.ts'))) as typeof import('./render.ts');
    return renderFirstScreen(dataset);
  } finally {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/**
 * Text first: the build writes the first screen (the story card of the default event on a narrow
 * screen; the title and the key events on a wide one) into index.html, with the CSS it needs
 * inline, so it reads before any script or stylesheet arrives, and without JavaScript. The app
 * takes it over once its own first screen is in the page (src/lib/firstScreen.ts).
 */
export function firstScreenPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'pegasus-first-screen',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle, chunk }) {
        const { json } = await compileLatest(config.root);
        if (!json) return html; // the data plugin stops the build with the validator's words
        const screen = await renderWithVite(config.root, JSON.parse(json) as Dataset);
        const preloads: Preload[] =
          bundle && chunk
            ? [{ href: datasetUrl(undefined, config.base), as: 'fetch' }, ...widePreloads(bundle, chunk, WIDE_START_MODULES, config.base)]
            : [];
        const script = firstScreenScript(preloads);
        // The stylesheets index.html links (the entry's: app.css and the styles of the components the
        // entry renders) are inlined. Linked in the head, a stylesheet holds back the first paint;
        // linked in the body, Chromium stops parsing there until it arrives, and module scripts run
        // only once the page is parsed: the app waited for it behind the preloads (BENCHMARKS.md,
        // session 11). Inline, the app never runs unstyled either.
        const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)];
        const inlineCss = stylesheets.map(([, href = '']) => {
          const file = href.slice(config.base.length);
          const asset = bundle?.[file];
          if (!bundle || asset?.type !== 'asset') throw new Error(`index.html links ${href}, which the bundle has no stylesheet for`);
          delete bundle[file];
          return String(asset.source);
        });
        // The entry and its modulepreloads go first in the head, before the head script adds the
        // wide screen's preloads: the browser requests them in document order, and the entry is
        // what every screen waits for. (Module scripts are deferred: they run after the body is parsed as before.)
        const entryTags = [...html.matchAll(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g)].map((match) => match[0]);
        let page = html;
        for (const tag of [...stylesheets.map(([tag]) => tag), ...entryTags]) page = page.replace(tag, '');
        page = page
          .replace('</title>', `</title>\n    ${entryTags.join('\n    ')}\n    <script>${script}</script>\n    <style>${inlineCss.join('')}${FIRST_SCREEN_CSS}</style>\n    ${screen.css}`)
          .replace(
            '<div id="app"></div>',
            `<div id="first-screen" data-event-id="${screen.eventId ?? ''}">\n${screen.html}\n</div>\n    <div id="app"></div>`
          );
        return page;
      }
    }
  };
}
