import type { CodeItem, ImpactReport } from '../../impact/report-types.ts';
import type { Side } from '../../impact/side.ts';
import { describeShapeChange } from '../element-text.ts';

/** The one place that turns impact items into prose: what changes, and what to do about it. */
export interface ItemText {
  readonly what: string;
  readonly todo: string;
}

export function describeItem(item: CodeItem, to: Side): ItemText {
  switch (item.kind) {
    case 'pin-refused':
      return item.problem === 'above-max'
        ? {
            what: `pin ${item.version} refused: newer than API ${item.limit}, the newest the target serves`,
            todo: `lower the pin to ${item.limit} or below, or stay on a daemon that serves ${item.version}`,
          }
        : {
            what: `pin ${item.version} refused: below the default minimum API ${item.limit}${dockerOf(to)}`,
            todo: `raise the pin to ${item.limit} or later, or set DOCKER_MIN_API_VERSION=${item.version} on the daemon`,
          };
    case 'pin-accepted':
      return { what: `pin ${item.version} is served after the move (refused before)`, todo: 'nothing to do' };
    case 'removed':
      return {
        what: `removed in API ${item.version}`,
        todo: `stop using it, or pin the request to an API version below ${item.version}`,
      };
    case 'unavailable':
      return {
        what: `needs API ${item.version}, newer than ${to.api}`,
        todo: 'drop it or guard the call before moving',
      };
    case 'available':
      return {
        what: `needs API ${item.version}: unavailable before the move, available after`,
        todo: 'works after the move; keep it guarded while older daemons remain',
      };
    case 'deprecated':
      return {
        what: `deprecated in API ${item.version}`,
        todo: 'plan a replacement: deprecated elements get removed',
      };
    case 'changed':
      return {
        what: `${describeShapeChange({ field: item.field, from: item.before, to: item.after })} in API ${item.version}`,
        todo: shapeTodo(item),
      };
    case 'enum-changed':
      return {
        what: `${enumText(item.added, item.removed)} in API ${item.version}`,
        todo: enumTodo(item.removed),
      };
    case 'behaviour':
      return {
        what: `${BEHAVIOUR_WHAT[item.fact](item.version)} (${item.source})`,
        todo: BEHAVIOUR_TODO[item.fact],
      };
  }
}

function dockerOf(side: Side): string {
  if (!side.docker) return '';
  const { first, last } = side.docker;
  return first === last ? ` of Docker ${first}` : ` of Docker ${first} … ${last}`;
}

function shapeTodo(item: Extract<CodeItem, { kind: 'changed' }>): string {
  switch (item.field) {
    case 'required':
      return item.after === true ? 'always send it' : 'nothing to send; do not rely on it being present';
    case 'nullable':
      return item.after === true ? 'handle null where you read it' : 'nothing to do';
    case 'default':
      return 'send the value explicitly if the code relied on the old default';
    default:
      return 'check the values the code sends or reads';
  }
}

function enumText(added: readonly string[], removed: readonly string[]): string {
  const parts: string[] = [];
  if (added.length > 0) parts.push(`enum gains ${added.join(', ')}`);
  if (removed.length > 0) parts.push(`enum loses ${removed.join(', ')}`);
  return parts.join('; ');
}

function enumTodo(removed: readonly string[]): string {
  return removed.length > 0
    ? `stop sending ${removed.join(', ')}; handle the new set where you read it`
    : 'handle the new values where you read them';
}

/** `API 1.41 (Docker 20.10.0 … 20.10.27, default minimum 1.12; --from 1.41)` */
export function describeSide(side: Side): string {
  const parts: string[] = [];
  if (side.docker) {
    const { first, last } = side.docker;
    parts.push(first === last ? `Docker ${first}` : `Docker ${first} … ${last}`);
  }
  if (side.minApi !== null) parts.push(`default minimum ${side.minApi}`);
  return `API ${side.api} (${parts.length > 0 ? `${parts.join(', ')}; ` : ''}${side.given})`;
}

/** `upgrade 1.41 → 1.44` */
export function describeMove(report: ImpactReport): string {
  return `${report.direction === 'same' ? 'no move' : report.direction} ${report.from.api} → ${report.to.api}`;
}

/** Short labels for item kinds, in tables. */
export const KIND_LABELS: Readonly<Record<CodeItem['kind'], string>> = {
  'pin-refused': 'pin refused',
  removed: 'removed',
  unavailable: 'unavailable',
  changed: 'changed',
  'enum-changed': 'enum changed',
  behaviour: 'behaviour',
  deprecated: 'deprecated',
  available: 'available',
  'pin-accepted': 'pin accepted',
};

type Fact = Extract<CodeItem, { kind: 'behaviour' }>['fact'];

const BEHAVIOUR_WHAT: Readonly<Record<Fact, (version: string) => string>> = {
  'honoured-since': (version) => `the daemon honours it from API ${version}`,
  'ignored-since': (version) => `the daemon ignores it from API ${version}`,
  'default-changed': (version) => `its default changed in API ${version}`,
  'validated-since': (version) => `the daemon validates it from API ${version}`,
  'experimental-until': (version) => `experimental before API ${version}`,
  'unversioned-change': (version) => `changed at every API version by the daemons of API ${version}`,
};

const BEHAVIOUR_TODO: Readonly<Record<Fact, string>> = {
  'honoured-since': 'check the code does not rely on the daemon ignoring it',
  'ignored-since': 'stop relying on it: the daemon accepts it without effect',
  'default-changed': 'set it explicitly if the code relied on the old default',
  'validated-since': 'check the values it sends: invalid ones are refused',
  'experimental-until': 'nothing to do: stable after this version',
  'unversioned-change': 'applies at every API version on daemons with the change',
};
