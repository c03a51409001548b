import L from 'leaflet';
import type { Lang } from '../data/types';
import type { Translate } from '../i18n';
import { relationArcClass, type RelationArc } from '../relations';
import { arcPoints, screenBearing } from './geo';
import { Mounted } from './mounted.svelte';
import RelationArcLabel from './RelationArcLabel.svelte';
import RelationArrow from './RelationArrow.svelte';

/**
 * The selected event's relations as directed arcs: a curve from one actor's place to the other's,
 * an arrowhead at its end, and a tooltip naming both and the kind of relation, in the reader's language.
 */
export class ArcsLayer extends L.Layer {
  #arcs: readonly RelationArc[] = [];
  #lang: Lang;
  #t: Translate;
  readonly #group = L.layerGroup();
  /** The tooltips' and arrowheads' components, unmounted with their arcs. */
  #content: Array<Mounted<object>> = [];

  constructor(lang: Lang, t: Translate) {
    super();
    this.#lang = lang;
    this.#t = t;
  }

  override onAdd(map: L.Map): this {
    this.#group.addTo(map);
    this.#draw();
    return this;
  }

  override onRemove(): this {
    this.#clear();
    this.#group.remove();
    return this;
  }

  setArcs(arcs: readonly RelationArc[]) {
    if (arcs === this.#arcs) return;
    this.#arcs = arcs;
    this.#draw();
  }

  setLocale(lang: Lang, t: Translate) {
    this.#lang = lang;
    this.#t = t;
    this.#draw();
  }

  #clear() {
    this.#group.clearLayers();
    for (const content of this.#content) content.destroy();
    this.#content = [];
  }

  #draw() {
    const map = this._map;
    this.#clear();
    if (!map) return;
    for (const arc of this.#arcs) {
      const points = arcPoints(arc.fromPlace, arc.toPlace);
      const line = L.polyline(points, { className: relationArcClass(arc.kind), weight: 2.5, interactive: true });
      const label = Mounted.detached(RelationArcLabel, { arc, lang: this.#lang, t: this.#t });
      this.#content.push(label);
      line.bindTooltip(label.element, { sticky: true });
      this.#group.addLayer(line);
      const tip = points[points.length - 1];
      const beforeTip = points[points.length - 3];
      if (!tip || !beforeTip) continue;
      const arrow = Mounted.detached(RelationArrow, { kind: arc.kind, angle: screenBearing(map.project(beforeTip, 0), map.project(tip, 0)) });
      this.#content.push(arrow);
      const icon = L.divIcon({ className: 'relation-arrow-icon', html: arrow.element, iconSize: [14, 14] });
      this.#group.addLayer(L.marker(tip, { icon, interactive: false, keyboard: false }));
    }
  }
}
