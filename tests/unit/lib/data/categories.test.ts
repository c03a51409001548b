import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../../src/lib/data/types';

// The schema's copy of the list is checked in types.test.ts.
describe('the category list, defined once', () => {
  it('gives each category exactly one colour, in app.css', () => {
    const css = readFileSync(new URL('../../../../src/app.css', import.meta.url), 'utf8');
    const rules = [...css.matchAll(/^\.cat-([a-z]+) \{ --cat-color: (#[0-9a-f]{6}); \}$/gm)];
    expect(rules.map(([, category]) => category)).toEqual([...CATEGORIES]);
    expect(new Set(rules.map(([, , colour]) => colour)).size).toBe(CATEGORIES.length);
  });
});
