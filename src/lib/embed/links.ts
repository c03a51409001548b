import { emptyUrlState, serializeUrlState, type EmbedView, type UrlState } from '../state/urlState';

/*
 * Links between the full app and its embeds. An embed's "Open the full view" and "Link to this
 * event" lead out of the frame, so they carry nothing that only makes sense inside one; the Embed
 * dialog goes the other way.
 */

/** The full app's view of a state: the same selection, filters, window, language, story and data, without embed settings. */
export function fullViewState(state: UrlState): UrlState {
  const full: UrlState = { ...state, embed: false };
  delete full.view;
  delete full.frame;
  delete full.childId;
  delete full.maxHeight;
  return full;
}

/** Just the event, in the language the link asked for and from the same data release. */
export function eventLinkState(state: UrlState): UrlState {
  return {
    ...emptyUrlState(),
    ...(state.event ? { event: state.event } : {}),
    ...(state.lang ? { lang: state.lang } : {}),
    ...(state.data ? { data: state.data } : {})
  };
}

/**
 * The embed of a full view: the same state, showing `view`, without the presenter's settings;
 * at most `maxHeight` pixels tall if given.
 */
export function embedState(state: UrlState, view: EmbedView, maxHeight?: number): UrlState {
  const embed: UrlState = { ...fullViewState(state), embed: true, loop: false };
  if (view !== 'both') embed.view = view;
  if (maxHeight !== undefined) embed.maxHeight = maxHeight;
  delete embed.autoplay;
  delete embed.speaker;
  return embed;
}

/** The app's absolute base URL (ending in `/`), from the page's address and Vite's base. */
export function appBaseUrl(pageHref: string, base: string): string {
  return new URL(base, pageHref).href;
}

/** An absolute link to the app at `appUrl` (its base URL, ending in `/`) showing `state`. */
export function appLink(appUrl: string, state: UrlState): string {
  return appUrl + serializeUrlState(state);
}
