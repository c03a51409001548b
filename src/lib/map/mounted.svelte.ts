import { mount, unmount, type Component } from 'svelte';

/**
 * A Svelte component mounted into a node Leaflet owns (a popup's content, a marker's icon). Its
 * props are state: `update` changes them in place, so only what changed is redrawn and the
 * component's own DOM (and the focus in it) stays.
 */
export class Mounted<Props extends object> {
  readonly props: Props;
  readonly #instance: ReturnType<typeof mount>;
  readonly #target: Element;

  constructor(component: Component<Props>, target: Element, initial: Props) {
    const props = $state(initial);
    this.props = props;
    this.#target = target;
    this.#instance = mount(component, { target, props });
  }

  /** Mounted into a node of its own, for a library that is handed an element (an icon, a tooltip). */
  static detached<Props extends object>(component: Component<Props>, initial: Props): Mounted<Props> {
    return new Mounted(component, document.createElement('div'), initial);
  }

  /** The component's root element (a detached component's, to hand to the library). */
  get element(): HTMLElement {
    return this.#target.firstElementChild as HTMLElement;
  }

  /**
   * Sets the props that changed. Svelte applies them with its next flush (not at once: this may be
   * called from inside an effect), so whoever measures the DOM afterwards waits for `tick()`.
   */
  update(changes: Partial<Props>) {
    for (const [key, value] of Object.entries(changes) as Array<[keyof Props, Props[keyof Props]]>) {
      if (this.props[key] !== value) this.props[key] = value;
    }
  }

  destroy() {
    unmount(this.#instance);
  }
}
