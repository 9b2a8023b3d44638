import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The SDK and CLI gate tables other generators write into data/ (Go SDK,
 * docker-py, docker CLI), read as one kind of claim: "this client refuses or
 * drops `key` below API `version`". The cross-check compares the claims with
 * the effective layer. A table whose file is absent yields nothing, so the
 * check runs as soon as the table lands.
 */
export interface GateClaim {
  /** Which table: `go-sdk`, `docker-py`, `docker-cli`. */
  readonly table: string;
  readonly key: string;
  readonly version: string;
  /** `<generation or release> <file:line>` as the table cites it. */
  readonly at: string;
}

interface GoGate {
  readonly at: string;
  readonly checks: readonly { readonly op: string; readonly version: string }[];
  readonly action: string;
  readonly op: string;
  readonly elements?: readonly string[];
}

interface PyGate {
  readonly min?: string;
  readonly keywords?: readonly string[];
  readonly ops?: readonly string[];
  readonly at: string;
}

/** A reader per table: file name in data/, and how its gates become claims. */
export const GATE_TABLES: readonly {
  readonly table: string;
  readonly file: string;
  read(json: unknown): GateClaim[];
}[] = [
  {
    table: 'go-sdk',
    file: 'go-sdk.json',
    read(json) {
      const claims: GateClaim[] = [];
      const generations = (
        json as { generations?: Record<string, { methods?: Record<string, { gates?: GoGate[] }> }> }
      ).generations;
      for (const [generation, { methods = {} }] of Object.entries(generations ?? {})) {
        for (const { gates = [] } of Object.values(methods)) {
          for (const gate of gates) {
            // One lower bound that refuses or drops the element: the client's `since`.
            const [check, ...more] = gate.checks;
            if (!check || more.length > 0 || check.op !== '<') continue;
            if (gate.action !== 'error' && gate.action !== 'clear') continue;
            const keys = gate.elements?.length
              ? gate.elements.map((suffix) => `${gate.op} ${suffix}`)
              : [gate.op];
            for (const key of keys)
              claims.push({ table: 'go-sdk', key, version: check.version, at: `${generation} ${gate.at}` });
          }
        }
      }
      return claims;
    },
  },
  {
    table: 'docker-py',
    file: 'docker-py.json',
    read(json) {
      const claims: GateClaim[] = [];
      const api = (json as { api?: Record<string, { gates?: PyGate[] }> }).api ?? {};
      for (const { gates = [] } of Object.values(api)) {
        for (const gate of gates) {
          // Keyword gates name Python arguments, not elements: only operation gates are claims here.
          if (!gate.min || gate.keywords?.length || !gate.ops) continue;
          for (const key of gate.ops)
            claims.push({ table: 'docker-py', key, version: gate.min, at: gate.at });
        }
      }
      return claims;
    },
  },
  {
    table: 'docker-cli',
    file: 'docker-cli.json',
    read(json) {
      const claims: GateClaim[] = [];
      const commands = (
        json as { commands?: Record<string, { version?: string; versionAt?: string; operations?: string[] }> }
      ).commands;
      for (const command of Object.values(commands ?? {})) {
        if (!command.version || !command.operations) continue;
        for (const key of command.operations)
          claims.push({ table: 'docker-cli', key, version: command.version, at: command.versionAt ?? '' });
      }
      return claims;
    },
  },
];

/** The claims of every gate table present in `directory`, and which tables were found. */
export function readGateClaims(directory: string): { found: string[]; claims: GateClaim[] } {
  const found: string[] = [];
  const claims: GateClaim[] = [];
  for (const reader of GATE_TABLES) {
    const path = join(directory, reader.file);
    if (!existsSync(path)) continue;
    found.push(reader.table);
    claims.push(...reader.read(JSON.parse(readFileSync(path, 'utf8'))));
  }
  return { found, claims };
}

/** How a claim compares with the effective layer. */
export type Verdict = 'agree' | 'stricter' | 'laxer' | 'unknown';

// A client that waits for the daemon to honour, validate or stabilise an
// element gates it at that fact's version: that agrees too.
const GATE_FACTS = new Set(['honoured-since', 'validated-since', 'experimental-until']);

/**
 * `agree` when the client gates at the effective since (versions below the
 * data's oldest count as the oldest) or at a behaviour fact's version;
 * `stricter` when it refuses versions the daemon serves; `laxer` when it
 * sends what the daemon does not serve yet.
 */
export function judgeClaim(
  claim: GateClaim,
  lookup: (
    key: string,
  ) => { since: string; facts?: readonly { kind: string; version: string }[] } | undefined,
  oldest: string,
  compare: (a: string, b: string) => number,
): Verdict {
  const facts = lookup(claim.key);
  if (!facts) return 'unknown';
  const version = compare(claim.version, oldest) < 0 ? oldest : claim.version;
  if (version === facts.since) return 'agree';
  if (facts.facts?.some((fact) => GATE_FACTS.has(fact.kind) && fact.version === version)) return 'agree';
  return compare(version, facts.since) > 0 ? 'stricter' : 'laxer';
}
