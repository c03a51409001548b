/** Safe steps into parsed JSON, whose shape is unknown until the schema has passed. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Visits the objects of a list, skipping anything else; does nothing when `list` is not a list. */
export function forEachRecord(list: unknown, visit: (item: Record<string, unknown>, index: number) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((item: unknown, index) => {
    if (isRecord(item)) visit(item, index);
  });
}
