import { mount, unmount, type Component } from 'svelte';

/**
 * Svelte components rendered into nodes handed to vis-timeline (item content, tooltips, lane labels),
 * by key. Each key keeps one host element for its whole life: vis-timeline keeps the node it has
 * when a new one has the same markup (it compares outerHTML), so a rebuilt item must render into the
 * node vis-timeline already shows. Mounting and unmounting are synchronous, so the content is in
 * place before vis-timeline measures it.
 */
export class MountedContent {
  readonly #mounted = new Map<string, { host: HTMLElement; component: Record<string, unknown> }>();

  /** Renders `Component` with `props` into the host of `key` (made on first use), replacing what was there. */
  render<Props extends Record<string, unknown>>(key: string, Component: Component<Props>, props: Props): HTMLElement {
    const current = this.#mounted.get(key);
    if (current) unmount(current.component);
    const host = current?.host ?? document.createElement('span');
    host.className = 'timeline-content';
    this.#mounted.set(key, { host, component: mount(Component, { target: host, props }) });
    return host;
  }

  remove(key: string): void {
    const current = this.#mounted.get(key);
    if (!current) return;
    unmount(current.component);
    this.#mounted.delete(key);
  }

  /** The host of `key`, while it is mounted. */
  host(key: string): HTMLElement | undefined {
    return this.#mounted.get(key)?.host;
  }

  keys(): string[] {
    return [...this.#mounted.keys()];
  }

  clear(): void {
    for (const key of this.keys()) this.remove(key);
  }
}
