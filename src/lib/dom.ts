/**
 * Builds DOM for the imperative libraries (vis-timeline, Leaflet), which take HTML strings or
 * nodes. Contributor text only ever enters through `text` (textContent), never as markup.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  { className, text, attributes }: { className?: string; text?: string; attributes?: Record<string, string> } = {},
  children: Node[] = []
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
