/* What only an embed needs at the top of the page, loaded on demand: the full app's first view does not carry it. */
export { default as EmbedChannel } from './EmbedChannel.svelte';
export { default as EmbedHeader } from './EmbedHeader.svelte';
