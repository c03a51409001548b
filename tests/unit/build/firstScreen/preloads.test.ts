import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { widePreloads } from '../../../../build/firstScreen/preloads';

/** A chunk of a bundle: its file, the modules in it, what it imports statically and the CSS it brings. */
function chunk(fileName: string, moduleIds: string[], imports: string[] = [], css: string[] = []): Rollup.OutputChunk {
  return { type: 'chunk', fileName, moduleIds, imports, viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } } as unknown as Rollup.OutputChunk;
}

const entry = chunk('assets/index.js', ['/app/index.html', '/app/src/main.ts'], ['assets/runtime.js'], ['assets/index.css']);
const bundle = Object.fromEntries(
  [
    entry,
    chunk('assets/runtime.js', ['\0rolldown/runtime.js']),
    chunk('assets/Timeline.js', ['/app/src/lib/timeline/Timeline.svelte'], ['assets/runtime.js', 'assets/shared.js'], ['assets/Timeline.css']),
    chunk('assets/EventMap.js', ['/app/src/lib/map/EventMap.svelte'], ['assets/shared.js'], ['assets/EventMap.css']),
    chunk('assets/shared.js', ['/app/src/lib/filter.ts', '/app/src/lib/AppTimeline.svelte'], [], ['assets/shared.css']),
    chunk('assets/Presenter.js', ['/app/src/lib/story/Presenter.svelte'], ['assets/Timeline.js']),
    // A module grouped with others (vite.config.ts's codeSplitting groups) is found in its group's chunk.
    chunk('assets/dataset-validator.js', ['/app/node_modules/ajv/dist/runtime/equal.js', '\0virtual:dataset-validator'])
  ].map((output) => [output.fileName, output])
) as Rollup.OutputBundle;

describe('the wide first screen’s preloads', () => {
  it('are the chunks of the modules it imports and what they import statically, with their CSS, each once', () => {
    expect(widePreloads(bundle, entry, ['/src/lib/timeline/Timeline.svelte', '/src/lib/map/EventMap.svelte', '\0virtual:dataset-validator'], '/')).toEqual([
      { href: '/assets/Timeline.js', as: 'script' },
      { href: '/assets/Timeline.css', as: 'style' },
      { href: '/assets/shared.js', as: 'script' },
      { href: '/assets/shared.css', as: 'style' },
      { href: '/assets/EventMap.js', as: 'script' },
      { href: '/assets/EventMap.css', as: 'style' },
      { href: '/assets/dataset-validator.js', as: 'script' }
    ]);
  });

  it('leave out what the entry loads already, and what no wide first screen imports', () => {
    const hrefs = widePreloads(bundle, entry, ['/src/lib/timeline/Timeline.svelte'], '/sub/').map(({ href }) => href);
    expect(hrefs).toEqual(['/sub/assets/Timeline.js', '/sub/assets/Timeline.css', '/sub/assets/shared.js', '/sub/assets/shared.css']);
  });

  it('stop the build when a module has no chunk (renamed or no longer loaded on its own)', () => {
    expect(() => widePreloads(bundle, entry, ['/src/lib/Gone.svelte'], '/')).toThrow(/Gone\.svelte/);
  });
});
