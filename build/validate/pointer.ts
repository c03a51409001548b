/** JSON pointers (RFC 6901), as ajv and json-source-map both use them. */

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function childPointer(pointer: string, segment: string | number): string {
  return `${pointer}/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** `/sources/0/url` → `sources[0].url`: how the path reads in messages. */
export function displayPath(pointer: string): string {
  let shown = '';
  for (const segment of pointerSegments(pointer)) {
    if (/^\d+$/.test(segment)) shown += `[${segment}]`;
    else shown += shown === '' ? segment : `.${segment}`;
  }
  return shown;
}

/** The name of the field a pointer ends in, skipping list positions: `/sources/0/url` → `url`. */
export function fieldName(pointer: string): string {
  const named = pointerSegments(pointer).filter((segment) => !/^\d+$/.test(segment));
  return named.at(-1) ?? 'the file';
}
