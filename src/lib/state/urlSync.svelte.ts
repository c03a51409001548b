import { untrack } from 'svelte';
import type { AppState, SelectionSource } from './appState.svelte';
import { parseUrlState, serializeUrlState, type UrlProblem } from './urlState';
import type { Lang } from '../data/types';

/** Selections a reader makes by hand get their own history entry, so Back steps back through them. */
const HISTORY_SOURCES: ReadonlySet<SelectionSource> = new Set(['timeline', 'map', 'list', 'detail']);

/** Loads the link into the state. Returns what in it could not be used. */
export function readUrl(app: AppState, browserLang: Lang): UrlProblem[] {
  const { state, problems } = parseUrlState(location.search);
  app.applyUrl(state, browserLang);
  return problems;
}

/**
 * Mirrors the state into the address bar (call during component initialisation), and the address
 * into the state on Back/Forward. Sandboxed frames may refuse history calls: the app then just
 * keeps its state in memory.
 */
export function syncUrl(app: AppState, browserLang: Lang, onproblems: (problems: UrlProblem[]) => void): void {
  let lastSelected = app.selectedId;

  $effect(() => {
    const search = serializeUrlState(app.toUrl());
    const selected = app.selectedId;
    const source = app.selectionSource;
    untrack(() => {
      if (search === location.search) return;
      const url = `${location.pathname}${search}${location.hash}`;
      try {
        // An embed never pushes: its entries would sit in the article's history, where a host
        // page that mirrors the selection (embed.js) adds its own.
        if (selected !== lastSelected && HISTORY_SOURCES.has(source) && !app.embed) history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      } catch {
        // History is unavailable here (sandbox); the view still works.
      }
      lastSelected = selected;
    });
  });

  $effect(() => {
    const onPopState = () => {
      onproblems(readUrl(app, browserLang));
      lastSelected = app.selectedId;
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  });
}
