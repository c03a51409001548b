/**
 * The lists of allowed values have one home in the app (src/lib/data/types.ts, src/lib/sources.ts),
 * while contributors' editors read them from the JSON Schemas: the two must say the same.
 */
import { describe, expect, it } from 'vitest';
import eventSchema from '../../../../data/schema/event.v1.schema.json';
import actorsSchema from '../../../../data/schema/actors.v1.schema.json';
import sourcesSchema from '../../../../data/schema/sources.v1.schema.json';
import { FALLBACK_IMPORTANCE } from '../../../../src/lib/data/fallbacks';
import { ACTOR_KINDS, CATEGORIES, IMPORTANCES, LABEL_MAX_LENGTH, LANGS, RELATION_KINDS } from '../../../../src/lib/data/types';
import { SOURCE_TIERS } from '../../../../src/lib/sources';

describe('the app and the schemas', () => {
  it('allow the same relation kinds, categories, importances, actor kinds and source tiers', () => {
    expect(RELATION_KINDS).toEqual(eventSchema.$defs.relation.properties.kind.enum);
    expect(CATEGORIES).toEqual(eventSchema.properties.category.enum);
    expect(IMPORTANCES).toEqual(eventSchema.properties.importance.enum);
    expect(ACTOR_KINDS).toEqual(actorsSchema.$defs.actor.properties.kind.enum);
    expect(SOURCE_TIERS).toEqual(sourcesSchema.$defs.domain.properties.tier.enum);
  });

  it('limit labels as the schema does, in every language', () => {
    for (const lang of LANGS) expect(eventSchema.$defs.label.properties[lang].maxLength).toBe(LABEL_MAX_LENGTH);
  });

  it('fall back to the importance the schema names as its default', () => {
    expect(FALLBACK_IMPORTANCE).toBe(eventSchema.properties.importance.default);
  });
});
