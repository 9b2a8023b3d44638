import type { EndpointChanges, ImpactReport } from '../../impact/report-types.ts';
import { describeShapeChange } from '../element-text.ts';

/** One line of section two, as data for the renderers: change, element suffix, detail. */
export interface ApiLine {
  readonly change: 'added' | 'removed' | 'deprecated' | 'changed';
  /** The key's part after the endpoint (`query:all`), or `endpoint` for the operation itself. */
  readonly element: string;
  readonly key: string;
  readonly detail: string;
}

export function apiLines(entry: EndpointChanges): ApiLine[] {
  const line = (change: ApiLine['change'], key: string, detail = ''): ApiLine => ({
    change,
    element: suffixOf(key, entry.endpoint),
    key,
    detail,
  });
  return [
    ...entry.added.map((key) => line('added', key)),
    ...entry.removed.map((key) => line('removed', key)),
    ...entry.deprecated.map((key) => line('deprecated', key)),
    ...entry.changed.map(({ element, changes }) =>
      line('changed', element, changes.map((change) => describeShapeChange(change)).join(', ')),
    ),
  ];
}

function suffixOf(key: string, endpoint: string): string {
  return key === endpoint ? 'endpoint' : key.slice(endpoint.length + 1);
}

/** `API 1.44`, and on a downgrade what the reader loses. */
export function stepHeading(report: ImpactReport, version: string): string {
  return report.direction === 'downgrade' ? `API ${version} (undone by the downgrade)` : `API ${version}`;
}

export function countChanges(report: ImpactReport): { changes: number; endpoints: number } {
  let changes = 0;
  const endpoints = new Set<string>();
  for (const step of report.api.versions) {
    for (const entry of step.endpoints) {
      endpoints.add(entry.endpoint);
      changes += entry.added.length + entry.removed.length + entry.deprecated.length + entry.changed.length;
    }
  }
  return { changes, endpoints: endpoints.size };
}
