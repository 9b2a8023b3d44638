import { compareApiVersions } from '../../versions/api-version.ts';
import type { Draft } from './draft.ts';

/**
 * Reports the outermost cause, as Go's stdversion does: when an operation is
 * too new its parameters and fields are not reported apart, nor a field's
 * sub-fields and values, unless the inner one needs a later version than the
 * outer one. A removed or deprecated element stands for everything inside it.
 * The outer finding keeps the folded keys, so nothing is lost.
 */
export function foldInner(drafts: readonly Draft[]): Draft[] {
  const bySuffix = new Map<string, number>();
  const ordered = [...drafts].sort((a, b) => depth(suffixOf(a.element)) - depth(suffixOf(b.element)));
  const kept: Draft[] = [];
  const folded = new Map<number, string[]>();
  for (const draft of ordered) {
    const owner = outermostOwner(draft, kept, bySuffix);
    if (owner === undefined) {
      bySuffix.set(`${draft.rule} ${suffixOf(draft.element)}`, kept.length);
      kept.push(draft);
      continue;
    }
    const list = folded.get(owner) ?? [];
    if (!list.includes(draft.element)) list.push(draft.element);
    folded.set(owner, list);
  }
  return kept.map((draft, index) => {
    const keys = folded.get(index);
    return keys ? { ...draft, folded: [...keys].sort() } : draft;
  });
}

function outermostOwner(
  draft: Draft,
  kept: readonly Draft[],
  bySuffix: Map<string, number>,
): number | undefined {
  const ancestors = ancestorsOf(suffixOf(draft.element));
  for (const ancestor of ancestors) {
    const index = bySuffix.get(`${draft.rule} ${ancestor}`);
    if (index === undefined) continue;
    const outer = kept[index] as Draft;
    if (covers(outer, draft)) return index;
  }
  return undefined;
}

/** Too new: the outer one needs as much or more. Removed and deprecated: the outer one goes with all it holds. */
function covers(outer: Draft, inner: Draft): boolean {
  if (outer.rule !== 'api-too-new') return true;
  if (outer.requires === undefined || inner.requires === undefined) return false;
  return compareApiVersions(inner.requires, outer.requires) <= 0;
}

/** `POST /containers/create body:HostConfig.Init` → `body:HostConfig.Init`; '' for an operation. */
export function suffixOf(key: string): string {
  const method = key.indexOf(' ');
  const path = key.indexOf(' ', method + 1);
  return path === -1 ? '' : key.slice(path + 1);
}

/**
 * Enclosing elements, outermost first: `body:A.B[].C=v` → '', `body:A`,
 * `body:A.B`, `body:A.B[].C`.
 */
export function ancestorsOf(suffix: string): string[] {
  if (suffix === '') return [];
  const chain: string[] = [];
  let current = suffix;
  for (;;) {
    const parent = parentOf(current);
    if (parent === undefined) break;
    chain.push(parent);
    current = parent;
  }
  return chain.reverse();
}

function parentOf(suffix: string): string | undefined {
  if (suffix === '') return undefined;
  const equals = suffix.indexOf('=');
  if (equals !== -1) return suffix.slice(0, equals);
  const colon = suffix.indexOf(':');
  const place = suffix.slice(0, colon + 1);
  const name = suffix.slice(colon + 1);
  const dot = name.lastIndexOf('.');
  if (dot === -1) return '';
  const parent = name.slice(0, dot).replace(/(?:\[\]|\{\})+$/, '');
  return parent === '' ? '' : `${place}${parent}`;
}

function depth(suffix: string): number {
  return ancestorsOf(suffix).length;
}
