import { type ElementStore, elementStore } from '../data/store.ts';
import type { ElementIndex } from './additions.ts';

/** The committed element data as the changelog extractor sees it: non-enum elements per operation. */
export function storeIndex(store: ElementStore = elementStore()): ElementIndex {
  return {
    findOperation(endpoint) {
      const space = endpoint.indexOf(' ');
      return store.findOperation(endpoint.slice(0, space), endpoint.slice(space + 1));
    },
    elementsOf(operation) {
      return [...store.elementsOf(operation).values()]
        .map((stored) => stored.facts)
        .filter((facts) => facts.value === undefined && facts.in !== 'operation');
    },
  };
}
