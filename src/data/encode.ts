import { compareText } from '../text/compare.ts';
import { parseElementKey } from './element-key.ts';
import {
  type ApiVersionsFile,
  type ChangeRow,
  ELEMENTS_FORMAT,
  type ElementRow,
  type ElementsHeader,
  formatSpans,
  GENERATED_STAMP,
} from './format.ts';
import type { ElementHistory } from './history-types.ts';

/** The text of data/elements.jsonl for these histories (see ElementsHeader). */
export function encodeElements(histories: readonly ElementHistory[]): string {
  const byOperation = new Map<string, ElementRow[]>();
  for (const history of histories) {
    const operation = `${history.method} ${history.path}`;
    const suffix = suffixOf(history.key, operation);
    let rows = byOperation.get(operation);
    if (!rows) {
      rows = [];
      byOperation.set(operation, rows);
    }
    rows.push(rowOf(suffix, history));
  }
  const operations = [...byOperation.keys()].sort(compareText);
  const lines = operations.map((operation) => {
    const rows = (byOperation.get(operation) ?? []).sort((a, b) => compareText(a[0], b[0]));
    if (rows[0]?.[0] !== '') throw new Error(`no operation element for ${operation}`);
    return `${asciiJson(rows)}\n`;
  });
  const header: ElementsHeader = {
    generated: GENERATED_STAMP,
    format: ELEMENTS_FORMAT,
    operations,
    lineBytes: lines.map((line) => line.length),
  };
  return `${asciiJson(header)}\n${lines.join('')}`;
}

/** The text of data/api-versions.json. */
export function encodeApiVersions(versions: readonly string[], unreleased: readonly string[]): string {
  const file: ApiVersionsFile = { generated: GENERATED_STAMP, versions, unreleased };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function suffixOf(key: string, operation: string): string {
  if (key === operation) return '';
  if (!key.startsWith(`${operation} `) || !parseElementKey(key))
    throw new Error(`malformed element key: ${key}`);
  return key.slice(operation.length + 1);
}

function rowOf(suffix: string, history: ElementHistory): ElementRow {
  const spans = formatSpans(history.history ?? [{ since: history.since, removed: history.removed }]);
  const changes: ChangeRow[] = history.changes.map((change) => [
    change.version,
    change.field,
    change.from,
    change.to,
  ]);
  if (changes.length > 0) return [suffix, spans, history.deprecated, changes];
  if (history.deprecated !== null) return [suffix, spans, history.deprecated];
  return [suffix, spans];
}

/** JSON with every non-ASCII character escaped, so string length equals byte length. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
