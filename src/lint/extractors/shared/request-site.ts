import { normalizeApiVersion } from '../../../versions/api-version.ts';
import { matchEnginePath } from '../../context/engine-paths.ts';
import { classifyOrigin, type Origin } from './origin.ts';
import { PLACEHOLDER, type QueryEntry, scanPath } from './path-scanner.ts';
import { findPathStarts } from './path-starts.ts';

/** An Engine request path found at a given offset. */
export interface RequestSite {
  /** Offset of the leading `/` (of the `/v1.NN` prefix when there is one). */
  readonly start: number;
  readonly end: number;
  /** `/containers/{}/json`: no prefix, no query. */
  readonly path: string;
  /** The Engine template it matches, `/containers/{}/json`. */
  readonly template: string;
  readonly pin?: string;
  /** A version prefix is written, literal (`/v1.41`) or dynamic (`/v${v}`). */
  readonly versioned: boolean;
  readonly origin: Origin;
  readonly query: readonly QueryEntry[];
}

const VERSION_SEGMENT = /^v(\d{1,2}\.\d{1,3})$/;
/** File names served by web apps, never Engine path parameters. */
const STATIC_FILE = /\.(png|jpe?g|gif|svg|ico|webp|css|js|html?|md|txt|pdf)$/i;

/** Reads the request path whose leading slash is at `start`; undefined if it is not an Engine path. */
export function readRequestSite(text: string, start: number): RequestSite | undefined {
  const origin = classifyOrigin(text, start);
  if (origin === 'foreign' || origin === 'mid-path') return undefined;
  const scanned = scanPath(text, start);
  let segments = scanned.segments;
  const first = segments[0] ?? '';
  const version = VERSION_SEGMENT.exec(first);
  const versioned = version !== null || first === `v${PLACEHOLDER}`;
  if (versioned) segments = segments.slice(1);
  if (segments.some((segment) => STATIC_FILE.test(segment))) return undefined;
  const path = `/${segments.join('/')}`;
  const template = matchEnginePath(path);
  if (!template) return undefined;
  const pin = version?.[1] === undefined ? undefined : normalizeApiVersion(version[1]);
  return { start, end: scanned.end, path, template, pin, versioned, origin, query: scanned.query };
}

/** A path start of a text and the site it reads as, if any. */
export interface PathStart {
  readonly start: number;
  readonly site: RequestSite | undefined;
}

let lastText: string | undefined;
let lastStarts: readonly PathStart[] = [];

/**
 * Every path start of a text (./path-starts.ts) with the site read there, in
 * order; kept for the last text asked about. raw-http reads them all, and
 * curl only looks for command lines in a text where one is a site: in the
 * benchmark's node_modules, 16 of the 228 files that pass the sieve (most
 * pass by a root such as `/build` or `/plugins` inside another path).
 */
export function requestSites(text: string): readonly PathStart[] {
  if (text !== lastText) {
    lastText = text;
    lastStarts = findPathStarts(text).map((start) => ({ start, site: readRequestSite(text, start) }));
  }
  return lastStarts;
}

export function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
