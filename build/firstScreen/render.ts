/**
 * The first screen as HTML, from the compiled dataset: what index.html shows before any script
 * arrives, and without JavaScript. Loaded through Vite's SSR (see ./plugin.ts), so the story card
 * is the app's own component rendered on the server, and the default event is chosen by the
 * app's own rule. Every language is rendered; the head script (./choice.ts) shows the reader's.
 */
import { render } from 'svelte/server';
import StoryCard from '../../src/lib/narrow/StoryCard.svelte';
import Header from './Header.svelte';
import { indexDataset } from '../../src/lib/data/normalize.ts';
import { LANGS, type Dataset, type Lang } from '../../src/lib/data/types.ts';
import { filterEvents, neighbours } from '../../src/lib/filter.ts';
import { defaultEvent } from '../../src/lib/narrow/defaultEvent.ts';
import { eraAt } from '../../src/lib/narrow/stripGeometry.ts';
import { formatEventDate } from '../../src/lib/dates.ts';
import { translator } from '../../src/lib/i18n/index.ts';

export interface FirstScreen {
  /** The markup of #first-screen's content, every language in an element of its own `lang`. */
  html: string;
  /** The scoped CSS of the components it renders, as <style> elements. */
  css: string;
  /** The event the card shows. */
  eventId: string | undefined;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const noop = () => {};

/**
 * The app's markup made a stand-in: no test ids and ids of its own (every language has a copy),
 * and its controls inert (they act once the app takes over; the text stays readable to all).
 */
function standIn(html: string, lang: Lang): string {
  return html
    .replace(/ data-testid="[^"]*"/g, '')
    .replaceAll('story-card-title', `first-screen-card-title-${lang}`)
    .replace(/<div class="(app-header__actions|story-card__nav)\b/g, '<div inert class="$1');
}

export function renderFirstScreen(dataset: Dataset): FirstScreen {
  const index = indexDataset(dataset);
  // No filter is named on a first screen: the app's filtered list is every event, in date order.
  const events = filterEvents(index.events, { actors: [], categories: [] });
  const current = defaultEvent(events, dataset.stories);
  const eras = index.eras;
  const keyEvents = events.filter((event) => event.importance === 'key');
  // Each component's scoped CSS once, whichever language rendered it.
  const styles = new Set<string>();
  const addStyles = (head: string) => head.match(/<style[\s\S]*?<\/style>/g)?.forEach((style) => styles.add(style));
  const languages = LANGS.map((lang: Lang) => {
    const t = translator(lang);
    let card = '';
    if (current) {
      const { previous, next } = neighbours(events, current.id);
      const rendered = render(StoryCard, {
        props: {
          event: current,
          lang,
          t,
          position: events.indexOf(current) + 1,
          total: events.length,
          era: eraAt(current.start, eras)?.name[lang],
          // The buttons look as the app's will (enabled where there is an event to go to); they act once it takes over.
          onprevious: previous && noop,
          onnext: next && noop
        }
      });
      card = standIn(rendered.body, lang);
      addStyles(rendered.head);
    }
    const list = keyEvents
      .map(
        (event) =>
          `<li><time datetime="${escapeHtml(event.date)}">${escapeHtml(formatEventDate(event.date, event.end, lang))}</time> <span class="first-screen__event-title">${escapeHtml(event.title[lang])}</span></li>`
      )
      .join('');
    const header = render(Header, { props: { lang, dataset, t } });
    addStyles(header.head);
    return `<div lang="${lang}" class="first-screen__lang">
<div class="first-screen__header">${standIn(header.body, lang)}</div>
<div class="first-screen__embed-header"><p class="first-screen__embed-title">${escapeHtml(t('app.title'))}</p></div>
<main class="first-screen__narrow"><div class="first-screen__filters"></div>${card}</main>
<main class="first-screen__wide"><h2>${escapeHtml(t('firstScreen.keyEvents'))}</h2><ol>${list}</ol></main>
</div>`;
  });
  return { html: languages.join('\n'), css: [...styles].join(''), eventId: current?.id };
}
