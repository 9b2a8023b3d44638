import type { ElementStore } from '../../../../data/store.ts';
import { compareApiVersions } from '../../../../versions/api-version.ts';
import type { Callable, DockerPyTable } from '../table.ts';

/** The oldest API version the element data knows: its `since` means "this or earlier". */
const OLDEST = '1.24';

/** One docker-py version check that the element data contradicts. */
export interface GateDisagreement {
  /** `>=1.41 POST /containers/create query:platform @docker/api/container.py:451`: stable, for the expectation list. */
  readonly id: string;
  /** The first table entry that carries the gate (`api.create_container`). */
  readonly where: string;
  /** What docker-py checks. */
  readonly gate: string;
  /** What the element data says of the element. */
  readonly data: string;
  readonly at: string;
}

/**
 * Compares every `min` / `max` gate of the table's methods with the
 * `since` / `removed` of the elements its keywords set (or of the
 * operation, for a gate on every call). A gate agrees when it names the
 * same version, or when the data's version is its oldest and the gate's is
 * no later.
 */
export function gateDisagreements(table: DockerPyTable, store: ElementStore): GateDisagreement[] {
  const out = new Map<string, GateDisagreement>();
  const callables: [string, Callable][] = [
    ...Object.entries(table.api).map(([name, c]): [string, Callable] => [`api.${name}`, c]),
    ...Object.entries(table.models).flatMap(([cls, m]) =>
      Object.entries(m.methods).map(([name, c]): [string, Callable] => [`models.${cls}.${name}`, c]),
    ),
  ];
  for (const [where, callable] of callables) {
    for (const gate of callable.gates) {
      const version = gate.min ?? gate.max;
      if (version === undefined) continue;
      const keys = gate.keywords
        ? gate.keywords.flatMap((k) => callable.keywords[k] ?? [])
        : callable.requests.map((_, i) => `${i} `);
      for (const key of keys) {
        const space = key.indexOf(' ');
        const op = callable.requests[Number(key.slice(0, space))]?.op;
        const suffix = key.slice(space + 1);
        if (!op || suffix.endsWith(':') || (gate.ops && !gate.ops.includes(op))) continue;
        const element = store.elementsOf(op).get(suffix)?.facts;
        if (!element) continue;
        const full = suffix ? `${op} ${suffix}` : op;
        if (gate.min !== undefined) {
          const agrees =
            compareApiVersions(gate.min, element.since) === 0 ||
            (element.since === OLDEST && compareApiVersions(gate.min, OLDEST) <= 0);
          const id = `>=${gate.min} ${full} @${gate.at}`;
          if (!agrees && !out.has(id))
            out.set(id, {
              id,
              where,
              gate: `>= ${gate.min}`,
              data: `since ${element.since}`,
              at: gate.at,
            });
        } else if (
          gate.max !== undefined &&
          element.removed !== gate.max &&
          !out.has(`<${gate.max} ${full} @${gate.at}`)
        ) {
          out.set(`<${gate.max} ${full} @${gate.at}`, {
            id: `<${gate.max} ${full} @${gate.at}`,
            where,
            gate: `< ${gate.max}`,
            data: element.removed ? `removed ${element.removed}` : 'not removed',
            at: gate.at,
          });
        }
      }
    }
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
