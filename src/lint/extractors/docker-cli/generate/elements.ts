import { listElements } from '../../../../data/elements.ts';
import { templateShape } from '../../../../data/path-template.ts';
import type { ClientMethod } from './client-ops.ts';
import type { FieldFact } from './fields.ts';

/** What the Engine API data knows, for turning Go names into element keys. */
export interface ElementIndex {
  /** `POST /containers/{}/start` → `POST /containers/{id}/start`. */
  readonly byShape: ReadonlyMap<string, string>;
  /** Operation → lower-cased `query:name` / `body:Path` → the key suffix as the data spells it. */
  readonly names: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export function elementIndex(): ElementIndex {
  const byShape = new Map<string, string>();
  const names = new Map<string, Map<string, string>>();
  for (const facts of listElements()) {
    const op = `${facts.method} ${facts.path}`;
    if (facts.in === 'operation') {
      byShape.set(`${facts.method} ${templateShape(facts.path)}`, op);
      continue;
    }
    if (
      (facts.in !== 'query' && facts.in !== 'body') ||
      facts.value !== undefined ||
      facts.name === undefined
    )
      continue;
    const map = names.get(op) ?? new Map<string, string>();
    names.set(op, map);
    const suffix = `${facts.in}:${facts.name}`;
    map.set(suffix.toLowerCase(), suffix);
  }
  return { byShape, names };
}

// Where an API type's fields sit in the body of the operation that takes it.
const ROOTS: Record<string, readonly string[]> = {
  'container.Config': [],
  'container.HostConfig': ['HostConfig'],
  'network.NetworkingConfig': ['NetworkingConfig'],
  'swarm.ServiceSpec': [],
};

/** The element (operation and key suffix) a field fact lands on, when the data knows it. */
export function resolveFact(
  fact: FieldFact,
  operations: readonly string[],
  client: ReadonlyMap<string, ClientMethod>,
  byOptions: ReadonlyMap<string, ClientMethod>,
  elements: ElementIndex,
): { op: string; key: string } | undefined {
  const lookup = (op: string, suffix: string): string | undefined =>
    elements.names.get(op)?.get(suffix.toLowerCase());
  if (fact.target.kind === 'option') {
    const method = byOptions.get(fact.target.type);
    if (!method) return undefined;
    for (const request of method.requests) {
      const op = elements.byShape.get(request);
      if (!op) continue;
      const query = method.query.get(fact.target.field);
      if (query !== undefined) {
        const key = lookup(op, `query:${query}`);
        if (key) return { op, key };
      }
      const body = method.body.get(fact.target.field);
      if (body !== undefined) {
        const path = [body, ...fact.target.path].filter((p) => p !== '');
        const key = lookup(op, `body:${path.join('.')}`);
        if (key) return { op, key };
      }
    }
    return undefined;
  }
  const prefix = ROOTS[fact.target.root];
  if (!prefix) return undefined;
  for (const op of operations) {
    const key = lookup(op, `body:${[...prefix, ...fact.target.path].join('.')}`);
    if (key) return { op, key };
  }
  void client;
  return undefined;
}
