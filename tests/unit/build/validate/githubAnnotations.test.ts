/**
 * `npm run validate -- --format github`: each finding as a GitHub Actions workflow command, escaped
 * as GitHub's toolkit escapes them (actions/toolkit, packages/core/src/command.ts).
 */
import { describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../../../build/validate/githubAnnotations.ts';
import type { Finding } from '../../../../build/validate/index.ts';

const unknownActor: Finding = {
  severity: 'error',
  rule: 'unknown-actor',
  file: 'data/events/bis-entity-list.json',
  line: 16,
  column: 5,
  path: '/actors/1',
  message: "unknown actor 'nso'",
  hint: "did you mean 'nso-group'?"
};

describe('githubAnnotation', () => {
  it('writes an error with its file, line, column and rule, and the message the terminal shows', () => {
    expect(githubAnnotation(unknownActor)).toBe(
      "::error file=data/events/bis-entity-list.json,line=16,col=5,title=unknown-actor::actors[1]: unknown actor 'nso'; did you mean 'nso-group'?"
    );
  });

  it('writes a warning as ::warning, and a whole-file finding without a field name', () => {
    expect(
      githubAnnotation({ ...unknownActor, severity: 'warning', rule: 'unexpected-file', path: '', message: 'not read', hint: undefined })
    ).toBe('::warning file=data/events/bis-entity-list.json,line=16,col=5,title=unexpected-file::not read');
  });

  it('escapes %, carriage returns and line breaks in the message', () => {
    const annotation = githubAnnotation({ ...unknownActor, path: '', message: '100% sure\r\nnext line', hint: undefined });
    expect(annotation.endsWith('::100%25 sure%0D%0Anext line')).toBe(true);
  });

  it('keeps : and , in the message, where GitHub reads them literally', () => {
    expect(githubAnnotation({ ...unknownActor, path: '', message: 'a, b: c', hint: undefined }).endsWith('::a, b: c')).toBe(true);
  });

  it('escapes : and , as well in properties, where they would end the property', () => {
    const annotation = githubAnnotation({ ...unknownActor, file: 'data/events/a,b:c%.json' });
    expect(annotation.startsWith('::error file=data/events/a%2Cb%3Ac%25.json,line=16,col=5,')).toBe(true);
  });

  it('keeps every annotation on one line, whatever the finding holds', () => {
    const annotation = githubAnnotation({ ...unknownActor, file: 'data/x\n.json', message: 'a\nb', hint: 'c\rd' });
    expect(annotation).not.toMatch(/[\r\n]/);
  });
});
