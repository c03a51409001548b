/**
 * The lists in src/lib/data/types.ts are the app's copy of what the JSON Schema allows (the schema
 * is the source of truth): they must say the same.
 */
import { describe, expect, it } from 'vitest';
import eventSchema from '../../../../data/schema/event.v1.schema.json';
import { FALLBACK_IMPORTANCE } from '../../../../src/lib/data/fallbacks';
import { CATEGORIES, IMPORTANCES, LABEL_MAX_LENGTH, LANGS, RELATION_KINDS } from '../../../../src/lib/data/types';

describe('the data types', () => {
  it('allow the categories, importances and relation kinds the event schema allows', () => {
    expect(CATEGORIES).toEqual(eventSchema.properties.category.enum);
    expect(IMPORTANCES).toEqual(eventSchema.properties.importance.enum);
    expect(RELATION_KINDS).toEqual(eventSchema.$defs.relation.properties.kind.enum);
  });

  it('limit labels as the schema does, in every language', () => {
    for (const lang of LANGS) expect(eventSchema.$defs.label.properties[lang].maxLength).toBe(LABEL_MAX_LENGTH);
  });

  it('fall back to the importance the schema names as its default', () => {
    expect(FALLBACK_IMPORTANCE).toBe(eventSchema.properties.importance.default);
  });
});
