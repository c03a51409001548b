import type { Actor, NewsEvent, Place } from './data/types';

/**
 * Every relation kind, and how each is drawn: the one home of the list in the app (the event
 * schema's enum says the same to contributors' editors; tests/unit/lib/data/types.test.ts holds the
 * two together). An alleged relation (surveillance reported by the press and denied by the alleged
 * operator) must never read as an established one: it gets its own line style (app.css,
 * `.relation-arc--<kind>`) and the legend says what "alleged" means.
 */
export const RELATION_STYLE = {
  sanction: { alleged: false },
  notification: { alleged: false },
  meeting: { alleged: false },
  accusation: { alleged: false },
  'alleged-targeting': { alleged: true },
  denial: { alleged: false },
  lawsuit: { alleged: false },
  ruling: { alleged: false },
  investigation: { alleged: false },
  statement: { alleged: false }
} as const satisfies Record<string, { alleged: boolean }>;

export type RelationKind = keyof typeof RELATION_STYLE;
/** In the schema's order. */
export const RELATION_KINDS = Object.keys(RELATION_STYLE) as RelationKind[];

/** The classes of an arc's line (the map's polyline, the legend's sample): colour and dash come from app.css. */
export function relationArcClass(kind: RelationKind): string {
  return `relation-arc relation-arc--${kind}${RELATION_STYLE[kind].alleged ? ' relation-arc--alleged' : ''}`;
}

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
