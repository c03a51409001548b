import { LANGS } from '../../src/lib/data/types.ts';
import { NARROW_QUERY } from '../../src/lib/narrow/narrow.ts';
import type { Preload } from './preloads.ts';

/**
 * The one inline script of index.html, run in the head before the body is parsed, so the right
 * first screen paints at once: it marks <html> with `data-first-screen` = the language to show
 * (the link's `lang`, else the browser's first language we have, else English: the rule of
 * src/lib/i18n `preferredLang`, which tests/unit/build/firstScreen/choice.test.ts holds it to),
 * or `off` when the link asks for anything but the default first screen (an event, a story, a
 * filter, a data release…): then the app starts as it did, with no wrong card shown first.
 * It also sets `data-embed` early (the app does the same once it runs).
 * On a wide screen showing the default first screen it starts `widePreloads` at once (the data
 * and the chunks the explorer, the timeline and the map import; ./preloads.ts), in the modes the
 * app requests them in (a module, and Vite's stylesheet links, with `crossorigin`; fetch() of
 * the same origin: `crossorigin` too), so none downloads twice. A narrow screen preloads nothing:
 * on a phone's link the data and the map would share the line with what its first screen needs
 * first (BENCHMARKS.md).
 * Once the first screen is painted, it creates a date format in the reader's language: the
 * browser loads its locale data (ICU) on the first Intl object of a page, 40–90 ms of a desktop's
 * main thread, four times that on a phone. Done while the scripts download, it is not done in the
 * task that swaps in the app (BENCHMARKS.md, session 9). "Painted": the task after the first frame
 * once the body is parsed (readyState `interactive`, before any module script runs); a frame
 * before that may show only the head, and first-contentful-paint is reported too late on a
 * desktop, as the scripts arrive. A hidden tab or an off-screen frame runs no frame: the app then
 * pays it as before.
 * Plain ES5, written as text: it is inlined as is, and build/contentSecurityPolicy.ts allows it by its hash.
 */
export function firstScreenScript(widePreloads: readonly Preload[] = []): string {
  return `(function(){var d=document.documentElement,q=new URLSearchParams(location.search),langs=${JSON.stringify(LANGS)},shown=true,lang=q.get('lang'),embed=q.get('embed');
q.forEach(function(v,k){if(['lang','embed','frame','childId'].indexOf(k)<0)shown=false});
if(embed!==null&&['1','true',''].indexOf(embed)<0)shown=false;
if(langs.indexOf(lang)<0){lang='en';var n=navigator.languages||[];for(var i=0;i<n.length;i++){var b=String(n[i]).toLowerCase().split('-')[0];if(langs.indexOf(b)>=0){lang=b;break}}}
d.setAttribute('data-first-screen',shown?lang:'off');
if(shown&&embed!==null)d.setAttribute('data-embed','');
if(shown&&!matchMedia(${JSON.stringify(NARROW_QUERY)}).matches)${JSON.stringify(widePreloads)}.forEach(function(p){var l=document.createElement('link');l.rel=p.as==='script'?'modulepreload':'preload';if(p.as!=='script')l.as=p.as;l.crossOrigin='';l.href=p.href;document.head.appendChild(l)});
if(window.Intl)document.addEventListener('readystatechange',function w(){document.removeEventListener('readystatechange',w);requestAnimationFrame(function(){setTimeout(function(){new Intl.DateTimeFormat(lang)})})});})();`;
}

