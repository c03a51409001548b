import type { EmbedView } from '../state/urlState';

/*
 * The HTML a newsroom pastes into an article: our loader's script form (responsive height, and
 * optionally the selection mirrored into the article's address) or a plain iframe.
 */

export interface SnippetOptions {
  /** The embed's absolute URL (with `embed=1`). */
  embedUrl: string;
  /** The iframe's accessible name. */
  title: string;
}

/** The frame id a mirrored snippet gives its embed: it names the embed in the article's address. */
export const MIRRORED_FRAME_ID = 'timeline';

/** Heights a fixed iframe starts from; the loader's iframes then follow their content. */
export const SUGGESTED_HEIGHT: Record<EmbedView, number> = { both: 1000, timeline: 640, map: 700 };

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * `<div data-pegasus-timeline>` + the loader's script tag; `maxHeight` caps the frame (for pages
 * that need a fixed one: the embed lays out within it).
 */
export function loaderSnippet({
  embedUrl,
  title,
  loaderUrl,
  mirrorHash,
  maxHeight
}: SnippetOptions & { loaderUrl: string; mirrorHash: boolean; maxHeight?: number }): string {
  const mirror = mirrorHash ? ` data-frame-id="${MIRRORED_FRAME_ID}" data-mirror-hash` : '';
  const cap = maxHeight === undefined ? '' : ` data-max-height="${maxHeight}"`;
  return (
    `<div data-pegasus-timeline="${escapeAttribute(embedUrl)}" data-title="${escapeAttribute(title)}"${cap}${mirror}></div>\n` +
    `<script src="${escapeAttribute(loaderUrl)}" async></script>`
  );
}

/** A plain iframe, for pages that allow no script: lazy, titled, at a fixed height. */
export function iframeSnippet({ embedUrl, title, height }: SnippetOptions & { height: number }): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" width="100%" height="${height}" ` +
    `loading="lazy" allow="clipboard-write" style="border:0;display:block"></iframe>`
  );
}
