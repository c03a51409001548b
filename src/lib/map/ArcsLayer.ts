import L from 'leaflet';
import type { Lang } from '../data/types';
import type { Translate } from '../i18n';
import { relationArcClass, type RelationArc } from '../relations';
import { element } from '../dom';
import { arcPoints, screenBearing } from './geo';

/**
 * The selected event's relations as directed arcs: a curve from one actor's place to the other's,
 * an arrowhead at its end, and a tooltip naming both and the kind of relation, in the reader's language.
 */
export class ArcsLayer extends L.Layer {
  #arcs: readonly RelationArc[] = [];
  #lang: Lang;
  #t: Translate;
  readonly #group = L.layerGroup();

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
    this.#group.clearLayers();
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

  #draw() {
    const map = this._map;
    this.#group.clearLayers();
    if (!map) return;
    const t = this.#t;
    for (const arc of this.#arcs) {
      const points = arcPoints(arc.fromPlace, arc.toPlace);
      const line = L.polyline(points, { className: relationArcClass(arc.kind), weight: 2.5, interactive: true });
      const names = { from: arc.from.name[this.#lang], to: arc.to.name[this.#lang], kind: t(`relation.${arc.kind}`) };
      line.bindTooltip(element('span', { text: t('relation.arc', names) }), { sticky: true });
      this.#group.addLayer(line);
      const tip = points[points.length - 1];
      const beforeTip = points[points.length - 3];
      if (!tip || !beforeTip) continue;
      const angle = screenBearing(map.project(beforeTip, 0), map.project(tip, 0));
      const arrow = element('span', { className: `relation-arrow relation-arrow--${arc.kind}` });
      arrow.style.transform = `rotate(${angle}deg)`;
      const icon = L.divIcon({ className: 'relation-arrow-icon', html: arrow, iconSize: [14, 14] });
      this.#group.addLayer(L.marker(tip, { icon, interactive: false, keyboard: false }));
    }
  }
}
