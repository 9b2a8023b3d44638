import { getElement } from '../../../../data/elements.ts';
import type { ClientGate, GoSdkTable } from '../table-types.ts';

/** One place where the client's own version gate and the element data disagree. */
export interface GateDisagreement {
  /** `v28.5.2 client/container_create.go:35 POST /containers/create query:platform`: stable while the sources are pinned. */
  readonly id: string;
  /** What the gate implies, e.g. `since 1.41`. */
  readonly gate: string;
  /** What the element data says, e.g. `since 1.24`, or `unknown`. */
  readonly data: string;
}

/**
 * Compares every gate with the element data: a client that refuses, drops or
 * only sends an element below version X says the element appeared at X; one
 * that drops or stops sending it from X says X deprecated or removed it.
 */
export function gateDisagreements(table: GoSdkTable): GateDisagreement[] {
  const out: GateDisagreement[] = [];
  for (const [generation, row] of Object.entries(table.generations)) {
    for (const method of Object.values(row.methods)) {
      for (const gate of method.gates) {
        const op = gate.op;
        if (op === undefined) continue;
        const keys = gate.elements.length > 0 ? gate.elements.map((element) => `${op} ${element}`) : [op];
        for (const key of keys) {
          for (const expectation of expectations(gate)) {
            const found = compare(key, expectation);
            if (found)
              out.push({ id: `${generation} ${gate.at} ${key}`, gate: expectation.text, data: found });
          }
        }
      }
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

interface Expectation {
  readonly fact: 'since' | 'ends';
  readonly version: string;
  readonly text: string;
}

function expectations(gate: ClientGate): Expectation[] {
  const out: Expectation[] = [];
  // Reading an older reply, or doing something the analysis does not classify, says nothing about an element.
  if (gate.action === 'response' || gate.action === 'other') return out;
  for (const check of gate.checks) {
    const below = check.op === '<';
    const from = check.op === '>=';
    if (!below && !from) continue;
    // error/clear below X, send from X: the element starts at X. send below X, clear from X: it ends at X.
    const starts = (below && gate.action !== 'send') || (from && gate.action === 'send');
    const ends = (below && gate.action === 'send') || (from && gate.action === 'clear');
    if (starts) out.push({ fact: 'since', version: check.version, text: `since ${check.version}` });
    else if (ends)
      out.push({ fact: 'ends', version: check.version, text: `deprecated or removed at ${check.version}` });
  }
  return out;
}

/** Undefined when the data agrees; else what the data says. */
function compare(key: string, expectation: Expectation): string | undefined {
  const facts = getElement(key);
  if (!facts) return 'unknown';
  if (expectation.fact === 'since') {
    if (facts.since === expectation.version) return undefined;
    // "1.24" is "1.24 or earlier": a gate at or below it agrees.
    if (facts.since === '1.24' && Number(expectation.version.split('.')[1]) <= 24) return undefined;
    return `since ${facts.since}`;
  }
  if (facts.deprecated === expectation.version || facts.removed === expectation.version) return undefined;
  return `deprecated ${facts.deprecated ?? '-'}, removed ${facts.removed ?? '-'}`;
}
