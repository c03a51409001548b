import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../../build/readDataFiles.ts';
import { compileDataset } from '../../../../build/compile.ts';
import { formatFinding, validateDataFiles } from '../../../../build/validate/index.ts';
import {
  checkEventFile,
  datasetFiles,
  emptyDraft,
  eventFilePath,
  eventFileText,
  githubNewFileUrl,
  suggestedId,
  type EventDraft
} from '../../../../src/lib/suggest/eventDraft';

const dataDir = fileURLToPath(new URL('../../../../data', import.meta.url));
const files = await readDataFiles(dataDir);
const dataset = compileDataset(validateDataFiles(files).data, { version: 'latest', date: '2026-01-01' });
const published = datasetFiles(dataset);

function filledDraft(): EventDraft {
  return {
    ...emptyDraft(),
    id: 'apple-threat-notifications-2021',
    date: '2021-11-23',
    title: { en: 'Apple warns users targeted by state spyware', fr: 'Apple avertit les cibles de logiciels espions' },
    label: { en: 'Apple warns spyware targets', fr: 'Apple avertit les cibles' },
    summary: { en: 'Apple began notifying users.', fr: 'Apple a commencé à avertir ses utilisateurs.' },
    place: dataset.places[0]!.id,
    actors: [dataset.actors[0]!.id, dataset.actors[1]!.id],
    category: 'corporate',
    importance: 'notable',
    sources: [{ title: 'Apple sues NSO Group', publisher: 'Apple', url: 'https://www.apple.com/newsroom/', date: '2021-11-23', lang: 'en' }],
    relations: [{ from: dataset.actors[0]!.id, to: dataset.actors[1]!.id, kind: 'notification' }]
  };
}

describe('the event file the form writes', () => {
  it('passes the validator next to the real data, exactly as npm run validate reads it', () => {
    const draft = filledDraft();
    const file = { path: eventFilePath(draft.id), text: eventFileText(draft) };
    expect(validateDataFiles([...files, file]).findings.map(formatFinding)).toEqual([]);
  });

  it('is written in the template order, with a final line break, and leaves out empty optional fields', () => {
    const text = eventFileText(filledDraft());
    const event = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(event)).toEqual(['$schema', 'schemaVersion', 'id', 'date', 'title', 'label', 'importance', 'summary', 'place', 'actors', 'category', 'sources', 'relations']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "schemaVersion": 1,\n');
  });

  it('trims what was typed and writes an optional source date only when given', () => {
    const draft = filledDraft();
    draft.title.en = '  Apple warns users  ';
    draft.sources[0]!.date = ' ';
    const event = JSON.parse(eventFileText(draft)) as { title: { en: string }; sources: Array<Record<string, string>> };
    expect(event.title.en).toBe('Apple warns users');
    expect(Object.keys(event.sources[0]!)).toEqual(['title', 'publisher', 'url', 'lang']);
  });
});

describe('checkEventFile', () => {
  it('says nothing about an event that is already valid', () => {
    const event = dataset.events[0]!;
    expect(checkEventFile(`data/events/${event.id}.json`, JSON.stringify(event), published)).toEqual([]);
  });

  it('reports a date that does not exist and a missing source with the validator’s words, at their fields', () => {
    const draft = { ...filledDraft(), date: '2021-02-30', sources: [] };
    const findings = checkEventFile(eventFilePath(draft.id), eventFileText(draft), published);
    expect(findings.map(({ rule, path: pointer }) => [rule, pointer])).toEqual([
      ['invalid-date', '/date'],
      ['schema', '/sources']
    ]);
  });

  it('points at every required field of an empty form', () => {
    const findings = checkEventFile(eventFilePath(''), eventFileText(emptyDraft()), published);
    const pointers = new Set(findings.map((finding) => finding.path));
    for (const pointer of ['/id', '/date', '/title/en', '/title/fr', '/summary/en', '/place', '/actors', '/category', '/sources/0/url']) {
      expect(pointers, pointer).toContain(pointer);
    }
  });

  it('finds an id that is already taken', () => {
    const taken = dataset.events[0]!.id;
    const findings = checkEventFile(eventFilePath('x'), eventFileText({ ...filledDraft(), id: taken }), published);
    expect(findings.map((finding) => finding.rule)).toContain('duplicate-id');
  });
});

describe('suggestedId', () => {
  it('makes an id of the English title', () => {
    expect(suggestedId({ ...emptyDraft(), title: { en: 'Apple sues NSO Group!', fr: '' } })).toBe('apple-sues-nso-group');
  });
});

describe('githubNewFileUrl', () => {
  it('opens the repository’s new-file page with the name and content filled in', () => {
    const url = new URL(githubNewFileUrl('git+https://github.com/pegasus-timeline/pegasus-timeline.git', 'data/events/a-b.json', '{\n  "id": "a&b"\n}\n'));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/pegasus-timeline/pegasus-timeline/new/main');
    expect(url.searchParams.get('filename')).toBe('data/events/a-b.json');
    expect(url.searchParams.get('value')).toBe('{\n  "id": "a&b"\n}\n');
  });
});

describe('eventFilePath', () => {
  it('names the file after the id, with a placeholder while there is none', () => {
    expect(eventFilePath('')).toBe('data/events/new-event.json');
    expect(eventFilePath('apple-sues-nso')).toBe('data/events/apple-sues-nso.json');
  });
});
