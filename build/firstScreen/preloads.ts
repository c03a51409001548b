import type { Rollup } from 'vite';

/** A request the head script starts before the app's entry runs, in the mode the app will make it in. */
export interface Preload {
  href: string;
  /** `script`: a module (`rel=modulepreload`); `style`: a stylesheet the app adds later; `fetch`: the data. */
  as: 'script' | 'style' | 'fetch';
}

/**
 * What a wide first screen imports as it starts (src/lib/Main.svelte, src/lib/views.ts,
 * src/lib/data/load.ts), each behind a dynamic import, so the browser learns of them only once
 * the entry has downloaded and run. Not the data validator: the data the build emits needs none
 * (src/lib/data/load.ts).
 */
export const WIDE_START_MODULES = ['/src/lib/timeline/Timeline.svelte', '/src/lib/map/EventMap.svelte', '/src/lib/Explorer.svelte'];

/**
 * The chunks and stylesheets of `modules` and everything they import statically, less what the
 * entry loads already, in the order they are found (the largest, the timeline's, first). Every
 * file is named once.
 */
export function widePreloads(bundle: Rollup.OutputBundle, entry: Rollup.OutputChunk, modules: readonly string[], base: string): Preload[] {
  const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const loadedByEntry = new Set<string>([entry.fileName, ...entry.imports, ...(entry.viteMetadata?.importedCss ?? [])]);
  const seen = new Set<string>();
  const preloads: Preload[] = [];
  const visit = (chunk: Rollup.OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    if (!loadedByEntry.has(chunk.fileName)) preloads.push({ href: base + chunk.fileName, as: 'script' });
    for (const css of chunk.viteMetadata?.importedCss ?? []) {
      if (loadedByEntry.has(css) || seen.has(css)) continue;
      seen.add(css);
      preloads.push({ href: base + css, as: 'style' });
    }
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (imported) visit(imported);
    }
  };
  for (const id of modules) {
    const chunk = chunks.find((candidate) => candidate.moduleIds.some((moduleId) => moduleId.endsWith(id)));
    if (!chunk) throw new Error(`The wide first screen imports ${id}, which the build has no chunk for`);
    visit(chunk);
  }
  return preloads;
}
