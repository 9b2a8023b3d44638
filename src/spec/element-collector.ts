import { formatElementKey as elementKey } from '../data/element-key.ts';
import type { ElementIn, ElementShape, SpecElement } from '../data/element-types.ts';

/**
 * Gathers one version's elements, unique by key. A key can come up twice
 * (the same field in two 2xx responses, a parameter repeated on the path
 * item): the first statement wins, but a deprecation stated by either counts.
 */
export class ElementCollector {
  readonly #byKey = new Map<string, SpecElement>();
  readonly #method: string;
  readonly #path: string;

  constructor(method: string, path: string) {
    this.#method = method;
    this.#path = path;
  }

  add(where: ElementIn, name: string | undefined, shape: ElementShape, value?: string): void {
    const parts = {
      method: this.#method,
      path: this.#path,
      in: where,
      ...(name === undefined ? {} : { name }),
      ...(value === undefined ? {} : { value }),
    };
    const key = elementKey(parts);
    const earlier = this.#byKey.get(key);
    if (!earlier) {
      this.#byKey.set(key, { key, ...parts, shape });
    } else if (shape.deprecated && !earlier.shape.deprecated) {
      this.#byKey.set(key, { ...earlier, shape: { ...earlier.shape, deprecated: true } });
    }
  }

  /** Adds the element and one element per enum value of its shape. */
  addWithValues(where: ElementIn, name: string, shape: ElementShape): void {
    this.add(where, name, shape);
    for (const value of shape.enum ?? []) this.add(where, name, {}, value);
  }

  elements(): SpecElement[] {
    return [...this.#byKey.values()];
  }
}

/** Orders elements by key in code-unit order, independent of locale. */
export function sortElements(elements: SpecElement[]): SpecElement[] {
  return elements.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
