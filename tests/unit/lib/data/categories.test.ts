import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import eventSchema from '../../../../data/schema/event.v1.schema.json';
import { CATEGORIES } from '../../../../src/lib/data/types';

describe('the category list, defined once', () => {
  it('is the list the event schema accepts', () => {
    expect(eventSchema.properties.category.enum).toEqual([...CATEGORIES]);
  });

  it('gives each category exactly one colour, in app.css', () => {
    const css = readFileSync(new URL('../../../../src/app.css', import.meta.url), 'utf8');
    const rules = [...css.matchAll(/^\.cat-([a-z]+) \{ --cat-color: (#[0-9a-f]{6}); \}$/gm)];
    expect(rules.map(([, category]) => category)).toEqual([...CATEGORIES]);
    expect(new Set(rules.map(([, , colour]) => colour)).size).toBe(CATEGORIES.length);
  });
});
