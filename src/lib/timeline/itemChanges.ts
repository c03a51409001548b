import type { Lang } from '../data/types';
import type { Lanes } from '../state/urlState';
import { entryId, type TimelineEntry } from './itemClusters';

/** What a timeline item was built from: it needs rebuilding only when one of these changes. */
export interface ItemSource {
  entry: TimelineEntry;
  lang: Lang;
  lanes: Lanes;
}

export interface ItemChanges {
  /** Ids of items no longer drawn. */
  remove: string[];
  /** Entries whose item is new, or was built from another event, count, language or lanes. */
  build: TimelineEntry[];
}

function sameEntry(a: TimelineEntry, b: TimelineEntry): boolean {
  if (a.kind === 'event') return b.kind === 'event' && a.event === b.event;
  return b.kind === 'cluster' && a.cluster.count === b.cluster.count;
}

/**
 * The changes that turn the items on the timeline (`shown`, by id) into one item per entry. Items
 * that are already right are left alone, so a pan or a filter makes vis-timeline redraw only what
 * enters or leaves, never every item. Reads its inputs only.
 */
export function planItemChanges(
  shown: ReadonlyMap<string, ItemSource>,
  entries: readonly TimelineEntry[],
  lang: Lang,
  lanes: Lanes
): ItemChanges {
  const wanted = new Set<string>();
  const build: TimelineEntry[] = [];
  for (const entry of entries) {
    const id = entryId(entry);
    wanted.add(id);
    const source = shown.get(id);
    if (!source || !sameEntry(source.entry, entry) || source.lang !== lang || source.lanes !== lanes) build.push(entry);
  }
  const remove = [...shown.keys()].filter((id) => !wanted.has(id));
  return { remove, build };
}
