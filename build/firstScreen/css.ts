import { LANGS } from '../../src/lib/data/types.ts';
import { NARROW_QUERY } from '../../src/lib/narrow/narrow.ts';

/**
 * The first screen's own rules, inlined with app.css and the components' scoped CSS. The reserved
 * heights stand for what the app shows above the card and the build does not render (the filters'
 * summary; an embed's title line): the card keeps its place when the app takes over
 * (tests/e2e/text-first.spec.ts measures it).
 */
export const FIRST_SCREEN_CSS = `
.first-screen__lang:not(:lang(en)), :root[data-first-screen] .first-screen__lang { display: none; }
${LANGS.map((lang) => `:root[data-first-screen='${lang}'] .first-screen__lang:lang(${lang})`).join(', ')} { display: block; }
:root[data-first-screen='off'] #first-screen { display: none; }
.first-screen__embed-header, :root[data-embed] .first-screen__header, :root[data-embed] .first-screen__filters { display: none; }
/* The Filters summary (a one-line details), which the app shows above the card. */
.first-screen__filters { block-size: 45px; background: var(--surface); }
/* An embed's title line (embed/EmbedHeader.svelte: title, view buttons, "Open the full view")
   wraps to 3 lines on a 360 px phone, 2 from about 375 px, 1 from about 555 px (measured with
   the English title; the French one is close). */
:root[data-embed] .first-screen__embed-header {
  display: block; min-block-size: 103.4px; padding: 0.5rem 0.75rem;
  background: var(--surface); border-block-end: 3px solid var(--accent);
}
@media (min-width: 376px) { :root[data-embed] .first-screen__embed-header { min-block-size: 83.4px; } }
@media (min-width: 555px) { :root[data-embed] .first-screen__embed-header { min-block-size: 59px; } }
.first-screen__embed-title { margin: 0; font-size: 1rem; line-height: 1.25; font-weight: bold; }
.first-screen__wide { padding: 1rem; }
.first-screen__wide h2 { margin: 0 0 0.5rem; font-size: 1.1rem; }
.first-screen__wide ol { margin: 0; padding-inline-start: 1.25rem; display: grid; gap: 0.35rem; }
.first-screen__wide time { color: var(--muted); margin-inline-end: 0.4rem; }
@media ${NARROW_QUERY} { .first-screen__wide { display: none; } }
@media not ${NARROW_QUERY} { .first-screen__narrow { display: none; } }
`;
