/**
 * The data validator, rule by rule: each test feeds a small in-memory data tree and states the exact
 * line the contributor will read (position, message, hint and rule id).
 * Not covered here: reading files from disk (brokenCorpus.test.ts) and speed (scripts/bench-validate.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatFinding, validateDataFiles, type DataFile, type Finding } from '../../../../build/validate';

/**
 * The event fields of a valid event, as raw JSON text. `eventFile` writes one field per line, in this
 * order, so line N+1 holds the Nth field: line 2 schemaVersion, 3 id, 4 date, 5 title, 6 summary,
 * 7 place, 8 actors, 9 category, 10 sources; added fields follow from line 11. A field's value
 * starts at column (name length + 7): `  "place": "washington"` has its value at 7:12.
 */
const VALID_EVENT_FIELDS: Record<string, string> = {
  schemaVersion: '1',
  id: '"bis-entity-list"',
  date: '"2021-11-03"',
  title: '{ "en": "US adds NSO Group to the Entity List", "fr": "Les États-Unis sanctionnent NSO Group" }',
  summary: '{ "en": "Exports to NSO Group are restricted.", "fr": "Les exportations vers NSO Group sont restreintes." }',
  place: '"washington"',
  actors: '["us-commerce", "nso-group"]',
  category: '"regulatory"',
  sources: '[{ "title": "Press release", "publisher": "US Department of Commerce", "url": "https://www.commerce.gov/news", "lang": "en" }]'
};

/** Written last, so that the line numbers above hold; a change to `label` replaces it, `undefined` leaves it out. */
const VALID_LABEL = '{ "en": "NSO on the Entity List", "fr": "NSO sur l\'Entity List" }';

/** Changes: a new raw value per field, `undefined` to leave the field out. */
function eventFile(changes: Record<string, string | undefined> = {}, path = 'data/events/bis-entity-list.json'): DataFile {
  const fields = { ...VALID_EVENT_FIELDS, ...changes };
  const label = 'label' in changes ? changes.label : VALID_LABEL;
  delete fields.label;
  const lines = Object.entries({ ...fields, label })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `  "${name}": ${value}`);
  return { path, text: `{\n${lines.join(',\n')}\n}\n` };
}

/** Places and actors the valid event refers to, one entry per line from line 4 on. */
function placesFile(entries: string[] = [
  '{ "id": "washington", "name": { "en": "Washington", "fr": "Washington" }, "lat": 38.9, "lon": -77.04, "country": "US" }',
  '{ "id": "tel-aviv", "name": { "en": "Tel Aviv", "fr": "Tel Aviv" }, "lat": 32.09, "lon": 34.78, "country": "IL" }'
]): DataFile {
  return { path: 'data/places.json', text: `{\n  "schemaVersion": 1,\n  "places": [\n    ${entries.join(',\n    ')}\n  ]\n}\n` };
}

function actorsFile(entries: string[] = [
  '{ "id": "nso-group", "name": { "en": "NSO Group", "fr": "NSO Group" }, "kind": "company", "country": "IL", "place": "tel-aviv" }',
  '{ "id": "us-commerce", "name": { "en": "US Commerce", "fr": "Commerce américain" }, "kind": "government-body", "country": "US", "place": "washington" }'
]): DataFile {
  return { path: 'data/actors.json', text: `{\n  "schemaVersion": 1,\n  "actors": [\n    ${entries.join(',\n    ')}\n  ]\n}\n` };
}

/** The source policy: publishers' domains and their tiers, one entry per line from line 4 on. */
function sourcesFile(entries: string[] = [
  '{ "domain": "commerce.gov", "tier": "primary" }',
  '{ "domain": "lemonde.fr", "tier": "original" }',
  '{ "domain": "straitstimes.com", "tier": "wire-copy" }',
  '{ "domain": "pledgetimes.com", "tier": "mirror", "note": "content farm" }',
  '{ "domain": "digital-stage.thehill.com", "tier": "mirror" }',
  '{ "domain": "thehill.com", "tier": "original" }',
  '{ "domain": "rt.com", "tier": "deprecated", "note": "Russian state media" }'
]): DataFile {
  return { path: 'data/sources.json', text: `{\n  "schemaVersion": 1,\n  "domains": [\n    ${entries.join(',\n    ')}\n  ]\n}\n` };
}

/** A complete valid tree, with `files` added or replacing the file at the same path. */
function tree(...files: DataFile[]): DataFile[] {
  const byPath = new Map([placesFile(), actorsFile(), sourcesFile(), eventFile()].map((file) => [file.path, file]));
  for (const file of files) byPath.set(file.path, file);
  return [...byPath.values()];
}

function report(files: DataFile[]): string[] {
  return validateDataFiles(files).findings.map(formatFinding);
}

describe('a valid tree', () => {
  it('has no findings', () => {
    expect(report(tree())).toEqual([]);
  });

  it('returns the parsed documents', () => {
    const { data } = validateDataFiles(tree());
    expect(data.events.map((event) => event.id)).toEqual(['bis-entity-list']);
    expect(data.places.map((place) => place.id)).toEqual(['washington', 'tel-aviv']);
    expect(data.actors.map((actor) => actor.id)).toEqual(['nso-group', 'us-commerce']);
    expect(data.stories).toEqual([]);
  });
});

describe('json-syntax', () => {
  const broken = (text: string): string[] => report(tree({ path: 'data/events/bis-entity-list.json', text }));

  it('points at a comma after the last item', () => {
    expect(broken('{\n  "id": "x",\n  "date": "2021",\n}')).toEqual([
      "data/events/bis-entity-list.json:3:17  error  there is a comma before the closing '}'; remove the comma after the last item  (json-syntax)"
    ]);
  });

  it('points at the spot where a comma is missing', () => {
    expect(broken('{\n  "id": "x"\n  "date": "2021"\n}')).toEqual([
      'data/events/bis-entity-list.json:3:3  error  a comma is missing before this; separate fields and list items with commas  (json-syntax)'
    ]);
  });

  it('explains a line break inside a text', () => {
    expect(broken('{\n  "summary": { "en": "First line\nsecond line" }\n}')).toEqual([
      'data/events/bis-entity-list.json:2:33  error  a text runs over a line break or contains a tab; write each text on one line; if you need a new paragraph, start a new sentence instead  (json-syntax)'
    ]);
  });

  it('explains curly quotes pasted from a word processor', () => {
    expect(broken('{\n  "id": “x”\n}')).toEqual([
      'data/events/bis-entity-list.json:2:9  error  curly quote “ found where a straight double quote " belongs; JSON only accepts straight double quotes (") around texts; switch off "smart quotes" in your editor  (json-syntax)'
    ]);
  });

  it('explains single quotes, unquoted field names and unquoted dates', () => {
    expect(broken("{ 'id': 'x' }")[0]).toContain(`1:3  error  single quote ' found; JSON needs double quotes (")`);
    expect(broken('{ id: "x" }')[0]).toContain('1:3  error  a field name without double quotes; write field names in double quotes, like "title"');
    expect(broken('{ "date": 2021-11-03 }')[0]).toContain('1:11  error  a date without quotes; write dates in double quotes, like "2021-11-03"');
  });

  it('says when the file ends too early, just after its last character', () => {
    expect(broken('{\n  "id": "x"\n')).toEqual([
      "data/events/bis-entity-list.json:2:12  error  the file ends too early; a closing '}' or ']', or the closing quote of a text, is missing  (json-syntax)"
    ]);
  });

  it('says when the file is empty', () => {
    expect(broken('  \n')).toEqual(['data/events/bis-entity-list.json:1:1  error  the file is empty  (json-syntax)']);
  });

  it('reads files saved with a byte order mark', () => {
    expect(report(tree({ ...eventFile(), text: `\uFEFF${eventFile().text}` }))).toEqual([]);
  });

  it('leaves a broken file out of the parsed data', () => {
    expect(validateDataFiles(tree({ path: 'data/events/bis-entity-list.json', text: '{' })).data.events).toEqual([]);
  });
});

describe('schema', () => {
  it('names a missing field, at the object that lacks it', () => {
    expect(report(tree(eventFile({ summary: undefined })))).toEqual([
      "data/events/bis-entity-list.json:1:1  error  missing field 'summary'  (schema)"
    ]);
  });

  it('lists the allowed values and guesses the intended one', () => {
    expect(report(tree(eventFile({ category: '"legl"' })))).toEqual([
      "data/events/bis-entity-list.json:9:15  error  category: category 'legl' is not one of: revelation, technical, legal, diplomatic, regulatory, corporate; did you mean 'legal'?  (schema)"
    ]);
  });

  it('says which type was expected, in words, with the likely fix', () => {
    const quotedNumber = placesFile([
      '{ "id": "washington", "name": { "en": "Washington", "fr": "Washington" }, "lat": "38.9", "lon": -77.04, "country": "US" }'
    ]);
    expect(report([quotedNumber])).toEqual([
      'data/places.json:4:86  error  places[0].lat: lat must be a number, not a text; remove the quotes around 38.9  (schema)'
    ]);
    expect(report(tree(eventFile({ actors: '"nso-group"' })))).toEqual([
      'data/events/bis-entity-list.json:8:13  error  actors: actors must be a list [ … ], not a text; write it as a list: ["nso-group"]  (schema)'
    ]);
  });

  it('rejects empty lists, repeated items and a file that is not an object', () => {
    expect(report(tree(eventFile({ sources: '[]' })))).toEqual([
      'data/events/bis-entity-list.json:10:14  error  sources: sources is empty; list at least one  (schema)'
    ]);
    expect(report(tree(eventFile({ actors: '["nso-group", "us-commerce", "nso-group"]' })))).toEqual([
      "data/events/bis-entity-list.json:8:42  error  actors[2]: 'nso-group' is listed twice in actors; remove one of them  (schema)"
    ]);
    expect(report(tree({ path: 'data/events/bis-entity-list.json', text: '[]' }))).toEqual([
      'data/events/bis-entity-list.json:1:1  error  the file must hold one object { … }, not a list  (schema)'
    ]);
  });

  it('asks for capital country codes', () => {
    const lowercase = placesFile([
      '{ "id": "washington", "name": { "en": "Washington", "fr": "Washington" }, "lat": 38.9, "lon": -77.04, "country": "us" }'
    ]);
    expect(report([lowercase])).toEqual([
      "data/places.json:4:118  error  places[0].country: country 'us' must be a two-letter country code in capitals, like 'FR'; did you mean 'US'?  (schema)"
    ]);
  });
});

describe('schema-version', () => {
  it('requires format version 1', () => {
    expect(report(tree(eventFile({ schemaVersion: '2' })))).toEqual([
      'data/events/bis-entity-list.json:2:20  error  schemaVersion: schemaVersion must be 1, not 2; this site reads data format version 1; copy the schemaVersion line from data/templates/event.json  (schema-version)'
    ]);
  });
});

describe('unknown-field', () => {
  it('points at the key and suggests the known field it resembles', () => {
    expect(report(tree(eventFile({ titel: '"x"' })))).toEqual([
      "data/events/bis-entity-list.json:11:3  error  titel: unknown field 'titel'; did you mean 'title'?  (unknown-field)"
    ]);
  });

  it('lists the allowed fields when nothing is close', () => {
    const finding = validateDataFiles(tree(eventFile({ title: '{ "en": "A", "fr": "B", "de": "C" }' }))).findings[0];
    expect(finding).toMatchObject({ rule: 'unknown-field', path: '/title/de', line: 5, column: 36, hint: 'the fields allowed here are: en, fr' });
  });
});

describe('missing-translation', () => {
  it('names the missing language', () => {
    expect(report(tree(eventFile({ summary: '{ "en": "Exports are restricted." }' })))).toEqual([
      'data/events/bis-entity-list.json:6:14  error  summary: summary has no French (fr) text; add "fr": "…"  (missing-translation)'
    ]);
  });

  it('counts a text of only spaces as empty, and says it once', () => {
    expect(report(tree(eventFile({ title: '{ "en": "US adds NSO Group", "fr": "   " }' })))).toEqual([
      'data/events/bis-entity-list.json:5:47  error  title.fr: the French (fr) text is empty  (missing-translation)'
    ]);
    expect(report(tree(eventFile({ title: '{ "en": "", "fr": "Titre" }' })))).toEqual([
      'data/events/bis-entity-list.json:5:20  error  title.en: the English (en) text is empty  (missing-translation)'
    ]);
  });

  it('asks for every language when a text is given as a plain string', () => {
    expect(report(tree(eventFile({ title: '"US adds NSO Group"' })))).toEqual([
      'data/events/bis-entity-list.json:5:12  error  title: title must be given in every language, not as a text; write it as { "en": "…", "fr": "…" }  (missing-translation)'
    ]);
  });
});

describe('invalid-date', () => {
  it('shows the accepted forms', () => {
    expect(report(tree(eventFile({ date: '"21-11-03"' })))).toEqual([
      "data/events/bis-entity-list.json:4:11  error  date: date '21-11-03' must be YYYY, YYYY-MM or YYYY-MM-DD  (invalid-date)"
    ]);
  });

  it('offers the date with leading zeros added', () => {
    expect(report(tree(eventFile({ date: '"2021-3-4"' })))).toEqual([
      "data/events/bis-entity-list.json:4:11  error  date: date '2021-3-4' must be YYYY, YYYY-MM or YYYY-MM-DD; did you mean '2021-03-04'?  (invalid-date)"
    ]);
  });

  it('rejects days that do not exist, and knows leap years', () => {
    expect(report(tree(eventFile({ date: '"2021-02-30"' })))).toEqual([
      "data/events/bis-entity-list.json:4:11  error  date: date '2021-02-30' does not exist: February 2021 has 28 days  (invalid-date)"
    ]);
    expect(report(tree(eventFile({ date: '"2020-02-29"' })))).toEqual([]);
  });

  it('checks the dates of sources and corrections too; a correction needs a full date', () => {
    const corrections = '[{ "date": "2021-11", "note": { "en": "Fixed.", "fr": "Corrigé." } }]';
    expect(report(tree(eventFile({ corrections })))).toEqual([
      "data/events/bis-entity-list.json:11:29  error  corrections[0].date: date '2021-11' must be a full date, YYYY-MM-DD  (invalid-date)"
    ]);
    const sources = '[{ "title": "T", "publisher": "P", "url": "https://lemonde.fr/", "lang": "en", "date": "2021-04-31" }]';
    expect(report(tree(eventFile({ sources })))).toEqual([
      "data/events/bis-entity-list.json:10:101  error  sources[0].date: date '2021-04-31' does not exist: April 2021 has 30 days  (invalid-date)"
    ]);
  });
});

describe('the source policy (data/sources.json)', () => {
  /** An event whose sources are these URLs, one source per line from line 11 on. */
  function withSources(...urls: string[]): string[] {
    const sources = urls.map((url) => `{ "title": "T", "publisher": "P", "url": "${url}", "lang": "en" }`);
    return report(tree(eventFile({ sources: `[\n    ${sources.join(',\n    ')}\n  ]` })));
  }

  it('accepts a primary document or an original outlet, a subdomain and a page behind www. alike', () => {
    expect(withSources('https://www.commerce.gov/news', 'https://edition.lemonde.fr/a', 'https://www.straitstimes.com/b')).toEqual([]);
  });

  it('rejects a deprecated outlet, saying why and what to cite', () => {
    expect(withSources('https://www.commerce.gov/news', 'https://francais.rt.com/france/1')).toEqual([
      "data/events/bis-entity-list.json:12:46  error  sources[1].url: 'rt.com' is a deprecated source (Russian state media); cite the primary document or an original outlet instead  (deprecated-source)"
    ]);
  });

  it('rejects a mirror, and a staging copy of an original outlet (the most specific domain applies)', () => {
    expect(withSources('https://thehill.com/policy/1', 'https://pledgetimes.com/a', 'https://digital-stage.thehill.com/policy/1')).toEqual([
      "data/events/bis-entity-list.json:12:46  error  sources[1].url: 'pledgetimes.com' is a mirror, aggregator, blog or content farm (content farm); cite the page it copies (the original outlet) or the document itself  (mirror-source)",
      "data/events/bis-entity-list.json:13:46  error  sources[2].url: 'digital-stage.thehill.com' is a mirror, aggregator, blog or content farm; cite the page it copies (the original outlet) or the document itself  (mirror-source)"
    ]);
  });

  it('requires at least one primary document or original outlet: a wire copy is not enough', () => {
    expect(withSources('https://www.straitstimes.com/b')).toEqual([
      'data/events/bis-entity-list.json:10:14  error  sources: none of these sources is a primary document or an original outlet; add the document itself (court, government, company, NGO report) or the outlet that reported it in its own name; a wire copy does not count  (needs-original-source)'
    ]);
  });

  it('warns about an unknown domain and asks to classify it in the same pull request', () => {
    expect(withSources('https://www.commerce.gov/news', 'https://news.example.org/a')).toEqual([
      `data/events/bis-entity-list.json:12:46  warning  sources[1].url: the publisher's domain 'news.example.org' is not classified yet; classify it in data/sources.json in this pull request, as one of primary, original, wire-copy, mirror, deprecated (CONTRIBUTING.md, "Sources")  (unknown-source-domain)`
    ]);
  });

  it('names the unknown domain that could ground an event resting on nothing classified', () => {
    expect(withSources('https://news.example.org/a')).toEqual([
      "data/events/bis-entity-list.json:10:14  error  sources: none of these sources is a primary document or an original outlet; add one, or classify 'news.example.org' in data/sources.json if it is one  (needs-original-source)",
      `data/events/bis-entity-list.json:11:46  warning  sources[0].url: the publisher's domain 'news.example.org' is not classified yet; classify it in data/sources.json in this pull request, as one of primary, original, wire-copy, mirror, deprecated (CONTRIBUTING.md, "Sources")  (unknown-source-domain)`
    ]);
  });

  it('reports a domain classified twice', () => {
    const twice = sourcesFile(['{ "domain": "commerce.gov", "tier": "primary" }', '{ "domain": "commerce.gov", "tier": "original" }']);
    expect(report(tree(twice))).toEqual([
      "data/sources.json:5:17  error  domains[1].domain: the domain 'commerce.gov' is classified twice; keep one entry per domain  (duplicate-domain)"
    ]);
  });

  it('checks data/sources.json against its schema', () => {
    const wrongTier = sourcesFile(['{ "domain": "commerce.gov", "tier": "official" }']);
    expect(report(tree(wrongTier)).map((line) => line.split('  ').at(-1))).toContain('(schema)');
  });
});

describe('relation-direction', () => {
  const courtActors = actorsFile([
    '{ "id": "nso-group", "name": { "en": "NSO Group", "fr": "NSO Group" }, "kind": "company", "country": "IL", "place": "tel-aviv" }',
    '{ "id": "us-commerce", "name": { "en": "US Commerce", "fr": "Commerce américain" }, "kind": "government-body", "country": "US", "place": "washington" }',
    '{ "id": "court", "name": { "en": "Court", "fr": "Tribunal" }, "kind": "court", "country": "US", "place": "washington" }'
  ]);
  function withRelations(...relations: string[]): string[] {
    return report(
      tree(courtActors, eventFile({ actors: '["us-commerce", "nso-group", "court"]', relations: `[\n    ${relations.join(',\n    ')}\n  ]` }))
    );
  }

  it('accepts a ruling from a court and a lawsuit from a party', () => {
    expect(
      withRelations('{ "from": "court", "to": "nso-group", "kind": "ruling" }', '{ "from": "us-commerce", "to": "nso-group", "kind": "lawsuit" }')
    ).toEqual([]);
  });

  it('rejects a lawsuit filed by a court, and offers a ruling', () => {
    expect(withRelations('{ "from": "court", "to": "nso-group", "kind": "lawsuit" }')).toEqual([
      "data/events/bis-entity-list.json:12:51  error  relations[0].kind: 'court' is a court: a court rules, it does not sue; use kind 'ruling', drawn from the court to the party it ruled on  (relation-direction)"
    ]);
  });

  it('rejects a ruling by anyone but a court', () => {
    expect(withRelations('{ "from": "us-commerce", "to": "nso-group", "kind": "ruling" }')).toEqual([
      "data/events/bis-entity-list.json:12:15  error  relations[0].from: only a court rules, and 'us-commerce' is not one; draw the ruling from the court (an actor of kind 'court'), or use kind 'statement'  (relation-direction)"
    ]);
  });

  it('rejects the alleged operator drawn as accusing its own target, and says which way the accusation runs', () => {
    expect(
      withRelations('{ "from": "nso-group", "to": "us-commerce", "kind": "alleged-targeting" }', '{ "from": "nso-group", "to": "us-commerce", "kind": "accusation" }')
    ).toEqual([
      "data/events/bis-entity-list.json:13:15  error  relations[1].from: 'nso-group' is drawn both as the alleged operator against 'us-commerce' and as accusing it; an accusation runs from the accuser to the accused: turn it round (from 'us-commerce' to 'nso-group')  (relation-direction)"
    ]);
  });

  it('rejects a meeting drawn both ways, and keeps the first', () => {
    expect(
      withRelations('{ "from": "us-commerce", "to": "nso-group", "kind": "meeting" }', '{ "from": "nso-group", "to": "us-commerce", "kind": "meeting" }')
    ).toEqual([
      "data/events/bis-entity-list.json:13:15  error  relations[1].from: the meeting of 'us-commerce' and 'nso-group' is drawn a second time, the other way round; a meeting is mutual: keep one of the two relations  (relation-direction)"
    ]);
  });

  it('rejects a relation from an actor to itself', () => {
    expect(withRelations('{ "from": "nso-group", "to": "nso-group", "kind": "statement" }')).toEqual([
      "data/events/bis-entity-list.json:12:34  error  relations[0].to: this relation runs from 'nso-group' to itself; a relation joins two different actors  (relation-direction)"
    ]);
  });
});

describe('end-before-date', () => {
  it('rejects a period that ends before it starts', () => {
    expect(report(tree(eventFile({ end: '"2021-10"' })))).toEqual([
      "data/events/bis-entity-list.json:11:10  error  end: end '2021-10' comes before date '2021-11-03'; swap them, or check both dates against the sources  (end-before-date)"
    ]);
  });

  it('rejects an end equal to the date', () => {
    expect(report(tree(eventFile({ end: '"2021-11-03"' })))).toEqual([
      "data/events/bis-entity-list.json:11:10  error  end: end '2021-11-03' is the same as date; leave out end for an event that did not last longer than its date  (end-before-date)"
    ]);
  });

  it('accepts an end that overlaps a less precise date', () => {
    expect(report(tree(eventFile({ date: '"2021"', end: '"2021-06"' })))).toEqual([]);
    expect(report(tree(eventFile({ date: '"2021-11"', end: '"2021-11-30"' })))).toEqual([]);
  });

  it('checks story windows the same way', () => {
    const story: DataFile = {
      path: 'data/stories/sanctions.json',
      text: '{ "schemaVersion": 1, "id": "sanctions", "title": { "en": "S", "fr": "S" },\n  "steps": [{ "event": "bis-entity-list", "window": { "from": "2022", "to": "2021-12" } }] }'
    };
    expect(report(tree(story))).toEqual([
      "data/stories/sanctions.json:2:77  error  steps[0].window.to: window.to '2021-12' comes before window.from '2022'; swap them, or check both dates against the sources  (end-before-date)"
    ]);
  });
});

describe('url-scheme and invalid-url', () => {
  const withUrl = (url: string): string[] =>
    report(tree(eventFile({ sources: `[{ "title": "T", "publisher": "P", "url": ${JSON.stringify(url)}, "lang": "en" }]` })));

  it('only accepts web links', () => {
    expect(withUrl('javascript:alert(1)')).toEqual([
      "data/events/bis-entity-list.json:10:56  error  sources[0].url: the source URL 'javascript:alert(1)' must start with https:// or http://; link to a public web page  (url-scheme)"
    ]);
    expect(withUrl('data:text/html,hello')[0]).toContain("the source URL 'data:text/html,hello' must start with https:// or http://");
    expect(withUrl('file:///Users/me/notes.pdf')[0]).toContain('(url-scheme)');
  });

  it('completes an address copied without its scheme', () => {
    expect(withUrl('www.lemonde.fr/pixels')[0]).toContain("did you mean 'https://www.lemonde.fr/pixels'?  (url-scheme)");
  });

  it('rejects an address with a space in it', () => {
    expect(withUrl('https://example.org/a b')).toEqual([
      "data/events/bis-entity-list.json:10:56  error  sources[0].url: the source URL contains a space or a line break; copy the address again from your browser's address bar  (invalid-url)"
    ]);
  });
});

describe('coordinate-range', () => {
  it('rejects a latitude beyond the poles', () => {
    const places = placesFile([
      '{ "id": "washington", "name": { "en": "Washington", "fr": "Washington" }, "lat": -104.9, "lon": 38.9, "country": "US" }'
    ]);
    expect(report([places])).toEqual([
      'data/places.json:4:86  error  places[0].lat: latitude -104.9 is out of range: it must be between -90 and 90; lat is north–south and lon east–west; are they swapped?  (coordinate-range)'
    ]);
  });

  it('rejects a longitude beyond the date line', () => {
    const places = placesFile([
      '{ "id": "washington", "name": { "en": "Washington", "fr": "Washington" }, "lat": 38.9, "lon": 283, "country": "US" }'
    ]);
    expect(report([places])).toEqual([
      'data/places.json:4:99  error  places[0].lon: longitude 283 is out of range: it must be between -180 and 180  (coordinate-range)'
    ]);
  });
});

describe('invalid-id', () => {
  it('asks for a kebab-case id and offers one', () => {
    expect(report(tree(eventFile({ id: '"BIS Entity List"' })))).toEqual([
      "data/events/bis-entity-list.json:3:9  error  id: id 'BIS Entity List' must be lowercase letters and digits joined by hyphens; did you mean 'bis-entity-list'?  (invalid-id)"
    ]);
  });
});

describe('duplicate-id', () => {
  it('reports the second place with a used id, naming the first', () => {
    const places = placesFile([
      '{ "id": "washington", "name": { "en": "Washington", "fr": "Washington" }, "lat": 38.9, "lon": -77.04, "country": "US" }',
      '{ "id": "tel-aviv", "name": { "en": "Tel Aviv", "fr": "Tel Aviv" }, "lat": 32.09, "lon": 34.78, "country": "IL" }',
      '{ "id": "washington", "name": { "en": "Washington State", "fr": "État de Washington" }, "lat": 47.5, "lon": -120.5, "country": "US" }'
    ]);
    expect(report(tree(places))).toEqual([
      "data/places.json:6:13  error  places[2].id: place id 'washington' is already used by places[0]; give each place its own id  (duplicate-id)"
    ]);
  });

  it('reports an event id used by another file', () => {
    const copy = eventFile({}, 'data/events/bis-entity-list-copy.json');
    expect(report(tree(copy))).toEqual([
      "data/events/bis-entity-list-copy.json:3:9  error  id: event id 'bis-entity-list' is already used in data/events/bis-entity-list.json; give each event its own id  (duplicate-id)",
      "data/events/bis-entity-list-copy.json:3:9  error  id: the file name 'bis-entity-list-copy.json' does not match the id 'bis-entity-list'; rename the file to 'bis-entity-list.json', or correct the id  (file-name)"
    ]);
  });
});

describe('file-name', () => {
  it('requires the file to be named after the id', () => {
    expect(report([placesFile(), actorsFile(), sourcesFile(), eventFile({}, 'data/events/entity-list.json')])).toEqual([
      "data/events/entity-list.json:3:9  error  id: the file name 'entity-list.json' does not match the id 'bis-entity-list'; rename the file to 'bis-entity-list.json', or correct the id  (file-name)"
    ]);
  });
});

describe('unknown-place', () => {
  it('reports an event place missing from places.json, with the likely one', () => {
    expect(report(tree(eventFile({ place: '"washingtn"' })))).toEqual([
      "data/events/bis-entity-list.json:7:12  error  place: unknown place 'washingtn'; did you mean 'washington'?  (unknown-place)"
    ]);
  });

  it('reports an actor seat missing from places.json', () => {
    const actors = actorsFile([
      '{ "id": "nso-group", "name": { "en": "NSO Group", "fr": "NSO Group" }, "kind": "company", "country": "IL", "place": "herzliya" }',
      '{ "id": "us-commerce", "name": { "en": "US Commerce", "fr": "Commerce américain" }, "kind": "government-body", "country": "US", "place": "washington" }'
    ]);
    expect(report(tree(actors))).toEqual([
      "data/actors.json:4:121  error  actors[0].place: unknown place 'herzliya'; add it to data/places.json first  (unknown-place)"
    ]);
  });
});

describe('unknown-actor', () => {
  it('suggests the full id for a shortened one', () => {
    expect(report(tree(eventFile({ actors: '["us-commerce", "nso"]' })))).toEqual([
      "data/events/bis-entity-list.json:8:29  error  actors[1]: unknown actor 'nso'; did you mean 'nso-group'?  (unknown-actor)"
    ]);
  });

  it('turns a name typed instead of an id into the id, without a second complaint about its form', () => {
    expect(report(tree(eventFile({ actors: '["us-commerce", "NSO Group"]' })))).toEqual([
      "data/events/bis-entity-list.json:8:29  error  actors[1]: unknown actor 'NSO Group'; did you mean 'nso-group'?  (unknown-actor)"
    ]);
  });
});

describe('relation-actor', () => {
  it('requires both ends of a relation among the event actors', () => {
    const relations = '[{ "from": "us-commerce", "to": "nso-groupe", "kind": "sanction" }]';
    expect(report(tree(eventFile({ relations })))).toEqual([
      "data/events/bis-entity-list.json:11:48  error  relations[0].to: 'nso-groupe' is not one of this event's actors; did you mean 'nso-group'?  (relation-actor)"
    ]);
    const outsider = '[{ "from": "citizen-lab", "to": "nso-group", "kind": "accusation" }]';
    expect(report(tree(eventFile({ relations: outsider })))).toEqual([
      "data/events/bis-entity-list.json:11:27  error  relations[0].from: 'citizen-lab' is not one of this event's actors; add 'citizen-lab' to the event's actors  (relation-actor)"
    ]);
  });
});

describe('unknown-event', () => {
  const story = (eventId: string): DataFile => ({
    path: 'data/stories/sanctions.json',
    text: `{\n  "schemaVersion": 1,\n  "id": "sanctions",\n  "title": { "en": "S", "fr": "S" },\n  "steps": [{ "event": "${eventId}" }]\n}`
  });

  it('reports a story step whose event does not exist', () => {
    expect(report(tree(story('bis-entitylist')))).toEqual([
      "data/stories/sanctions.json:5:24  error  steps[0].event: unknown event 'bis-entitylist'; did you mean 'bis-entity-list'?  (unknown-event)"
    ]);
  });

  it('does not blame the story when the event file itself is broken', () => {
    const brokenEvent: DataFile = { path: 'data/events/bis-entity-list.json', text: '{' };
    expect(report(tree(brokenEvent, story('bis-entity-list'))).map((line) => line.split('  ').at(-1))).toEqual(['(json-syntax)']);
  });
});

describe('likely-duplicate', () => {
  const sameDay = (path: string, title: string): DataFile =>
    eventFile({ id: JSON.stringify(path.slice('data/events/'.length, -'.json'.length)), title }, path);

  it('warns about an event with the same date, place and a similar title', () => {
    const second = sameDay('data/events/nso-entity-list.json', '{ "en": "U.S. adds NSO Group to its Entity List", "fr": "Les États-Unis sanctionnent NSO" }');
    expect(report(tree(second))).toEqual([
      "data/events/nso-entity-list.json:5:12  warning  title: this event looks like a duplicate of 'bis-entity-list': same date and place, similar title; merge the two events if they are the same; otherwise make the titles say how they differ  (likely-duplicate)"
    ]);
  });

  it('leaves different events of the same day and place alone', () => {
    const other = sameDay('data/events/nso-ceo-resigns.json', '{ "en": "NSO chief executive resigns", "fr": "Le PDG de NSO démissionne" }');
    expect(report(tree(other))).toEqual([]);
  });
});

describe('missing-file', () => {
  it('says so once when places.json, actors.json or sources.json is missing, instead of flagging every reference', () => {
    expect(report([eventFile()])).toEqual([
      'data/actors.json:1:1  error  data/actors.json is missing; events refer to the actors listed there  (missing-file)',
      'data/places.json:1:1  error  data/places.json is missing; events and actors refer to the places listed there  (missing-file)',
      "data/sources.json:1:1  error  data/sources.json is missing; events' sources are checked against the publishers classified there  (missing-file)"
    ]);
  });

  it('does not check references against a places file that is not valid JSON', () => {
    const broken: DataFile = { path: 'data/places.json', text: '{ "places": [ }' };
    expect(report(tree(broken)).map((line) => line.split('  ').at(-1))).toEqual(['(json-syntax)']);
  });
});

/** data/eras.json with one era per line from line 4 on. */
function erasFile(entries: string[]): DataFile {
  return { path: 'data/eras.json', text: `{\n  "schemaVersion": 1,\n  "eras": [\n    ${entries.join(',\n    ')}\n  ]\n}\n` };
}

function era(id: string, start: string, end: string): string {
  return `{ "id": "${id}", "name": { "en": "${id}", "fr": "${id}" }, "start": "${start}", "end": "${end}" }`;
}

describe('labels and importance', () => {
  it('rejects a label longer than 36 characters, counting an accented letter once', () => {
    const label = '{ "en": "The US puts NSO Group on its Entity List", "fr": "Les États-Unis sanctionnent NSO Group" }';
    expect(report(tree(eventFile({ label })))).toEqual([
      'data/events/bis-entity-list.json:11:20  error  label.en: the label is 40 characters long, at most 36; the timeline draws labels whole: keep the few words a reader needs, the title says the rest  (label-too-long)',
      'data/events/bis-entity-list.json:11:70  error  label.fr: the label is 37 characters long, at most 36; the timeline draws labels whole: keep the few words a reader needs, the title says the rest  (label-too-long)'
    ]);
    expect(report(tree(eventFile({ label: '{ "en": "Israel gets an hour’s notice", "fr": "Israël prévenu une heure avant" }' })))).toEqual([]);
  });

  it('wants a label in every language', () => {
    expect(report(tree(eventFile({ label: '{ "en": "NSO on the Entity List" }' })))).toEqual([
      'data/events/bis-entity-list.json:11:12  error  label: label has no French (fr) text; add "fr": "…"  (missing-translation)'
    ]);
  });

  it('warns, at the title, when an event has no label', () => {
    expect(report(tree(eventFile({ label: undefined })))).toEqual([
      'data/events/bis-entity-list.json:5:12  warning  title: this event has no label, so the timeline shows its title cut short; add "label": { "en": "…", "fr": "…" } after the title: the event\'s name in at most 36 characters  (missing-label)'
    ]);
  });

  it('accepts the three importances, and an event without one', () => {
    for (const importance of ['"key"', '"notable"', '"context"', undefined]) {
      expect(report(tree(eventFile({ importance })))).toEqual([]);
    }
    expect(report(tree(eventFile({ importance: '"Key"' })))).toEqual([
      "data/events/bis-entity-list.json:11:17  error  importance: importance 'Key' is not one of: key, notable, context; did you mean 'key'?  (schema)"
    ]);
  });
});

describe('eras', () => {
  it('accepts eras in any order, with gaps, and a tree without eras', () => {
    expect(report(tree(erasFile([era('fallout', '2021-11-03', '2022-03'), era('revelations', '2021-07-18', '2021-09')])))).toEqual([]);
    expect(report(tree(erasFile([era('one-month', '2021-11', '2021-11')])))).toEqual([]);
    expect(report(tree())).toEqual([]);
  });

  it('rejects an era that ends before it starts', () => {
    expect(report(tree(erasFile([era('fallout', '2022-03', '2021-11-03')])))).toEqual([
      "data/eras.json:4:97  error  eras[0].end: end '2021-11-03' comes before start '2022-03'; swap them, or check both dates against the sources  (end-before-date)"
    ]);
  });

  it('rejects eras that overlap, counting a month to its last day, even past a shorter era between', () => {
    const eras = [era('long', '2021-07', '2021-12'), era('inside', '2021-08', '2021-09'), era('after', '2021-12-31', '2022-03')];
    expect(report(tree(erasFile(eras)))).toEqual([
      "data/eras.json:5:76  error  eras[1].start: era 'inside' starts before era 'long' has ended; eras are drawn side by side: end 'long' earlier or start 'inside' later  (era-overlap)",
      "data/eras.json:6:73  error  eras[2].start: era 'after' starts before era 'long' has ended; eras are drawn side by side: end 'long' earlier or start 'after' later  (era-overlap)"
    ]);
  });

  it('checks eras against their schema, and their ids for repeats', () => {
    const nameless = '{ "id": "x", "start": "2021", "end": "2022" }';
    const longName = '{ "id": "y", "name": { "en": "A name too long for an era band on a phone", "fr": "Court" }, "start": "2023", "end": "2024" }';
    expect(report(tree(erasFile([nameless, longName, era('y', '2025', '2026')])))).toEqual([
      "data/eras.json:4:5  error  eras[0]: missing field 'name'  (schema)",
      'data/eras.json:5:34  error  eras[1].name.en: en is too long: 42 characters, at most 30  (schema)',
      "data/eras.json:6:13  error  eras[2].id: era id 'y' is already used by eras[1]; give each era its own id  (duplicate-id)"
    ]);
  });
});

describe('which files are data', () => {
  it('warns about files the site would not read', () => {
    expect(report(tree({ path: 'data/events/new-event.json.txt', text: '{}' }, { path: 'data/event.json', text: '{}' }))).toEqual([
      'data/event.json:1:1  warning  this file is not read by the site; data files are data/places.json, data/actors.json, data/eras.json, data/sources.json, data/events/<id>.json and data/stories/<id>.json  (unexpected-file)',
      'data/events/new-event.json.txt:1:1  warning  this file is not read by the site; put it directly in data/events/ and name it <id>.json  (unexpected-file)'
    ]);
  });

  it('ignores schemas, releases, templates, hidden files and documentation', () => {
    const notData = ['data/schema/event.v1.schema.json', 'data/releases/1.0.0.json', 'data/templates/event.json', 'data/events/.gitkeep', 'data/CHANGELOG.md'];
    expect(report(tree(...notData.map((path) => ({ path, text: 'not json' }))))).toEqual([]);
  });
});

describe('formatFinding', () => {
  const finding: Finding = {
    severity: 'error',
    rule: 'unknown-actor',
    file: 'data/events/x.json',
    line: 7,
    column: 14,
    path: '/actors/2',
    message: "unknown actor 'nso'",
    hint: "did you mean 'nso-group'?"
  };

  it('prints file:line:column, severity, path, message, hint and rule on one line', () => {
    expect(formatFinding(finding)).toBe(
      "data/events/x.json:7:14  error  actors[2]: unknown actor 'nso'; did you mean 'nso-group'?  (unknown-actor)"
    );
  });

  it('leaves out the path for a whole-file finding and the hint when there is none', () => {
    const { hint: _hint, ...withoutHint } = finding;
    expect(formatFinding({ ...withoutHint, path: '' })).toBe("data/events/x.json:7:14  error  unknown actor 'nso'  (unknown-actor)");
  });
});

describe('findings', () => {
  it('are sorted by file, then position, whatever the order of the input', () => {
    const files = tree(eventFile({ category: '"legl"', place: '"paris"' }), { path: 'data/events/a.json', text: '{' });
    const positions = validateDataFiles([...files].reverse()).findings.map((found) => `${found.file}:${found.line}`);
    expect(positions).toEqual(['data/events/a.json:1', 'data/events/bis-entity-list.json:7', 'data/events/bis-entity-list.json:9']);
  });
});
