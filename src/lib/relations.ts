import type { Actor, NewsEvent, Place, RelationKind } from './data/types';

/** One relation of an event, resolved to the places its arc is drawn between. */
export interface RelationArc {
  kind: RelationKind;
  from: Actor;
  to: Actor;
  fromPlace: Place;
  toPlace: Place;
}

/**
 * The relations of an event with both ends placed on the map. A relation whose actors are
 * unknown, or seated in the same place (nothing to draw), is left out.
 */
export function relationArcs(
  event: NewsEvent,
  actorsById: ReadonlyMap<string, Actor>,
  placesById: ReadonlyMap<string, Place>
): RelationArc[] {
  const arcs: RelationArc[] = [];
  for (const relation of event.relations ?? []) {
    const from = actorsById.get(relation.from);
    const to = actorsById.get(relation.to);
    const fromPlace = from && placesById.get(from.place);
    const toPlace = to && placesById.get(to.place);
    if (!from || !to || !fromPlace || !toPlace || fromPlace.id === toPlace.id) continue;
    arcs.push({ kind: relation.kind, from, to, fromPlace, toPlace });
  }
  return arcs;
}
