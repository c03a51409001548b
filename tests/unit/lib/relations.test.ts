/** How relation kinds are drawn: an alleged relation never looks like an established one. */
import { describe, expect, it } from 'vitest';
import { RELATION_KINDS } from '../../../src/lib/data/types';
import { RELATION_STYLE, relationArcClass } from '../../../src/lib/relations';
import { catalogues } from '../../../src/lib/i18n';

describe('relationArcClass', () => {
  it('marks alleged targeting as alleged, on top of its own kind', () => {
    expect(relationArcClass('alleged-targeting')).toBe('relation-arc relation-arc--alleged-targeting relation-arc--alleged');
  });

  it('leaves established kinds unmarked', () => {
    expect(relationArcClass('ruling')).toBe('relation-arc relation-arc--ruling');
    expect(relationArcClass('accusation')).toBe('relation-arc relation-arc--accusation');
  });
});

describe('relation kinds', () => {
  it('are alleged only where the kind says so', () => {
    expect(RELATION_KINDS.filter((kind) => RELATION_STYLE[kind].alleged)).toEqual(['alleged-targeting']);
  });

  it('each have a name in every language', () => {
    for (const messages of Object.values(catalogues)) {
      for (const kind of RELATION_KINDS) expect(messages[`relation.${kind}`], kind).toMatch(/\S/);
    }
    expect(catalogues.fr['relation.alleged-targeting']).toBe('Ciblage présumé');
    expect(catalogues.en['relation.ruling']).toBe('Ruling');
  });
});
