import { holdsLiteral, indexOfLiteral } from './find-literal.ts';
import { minimalLiterals } from './minimal-literals.ts';

/**
 * Whether a text holds any of a set of literals, in fewer passes than one per
 * literal: a literal that contains an anchor (`docker` in `docker.sock`) can
 * only occur where the anchor does, so each anchor is searched once and its
 * literals are compared in place at each hit; the literals without an anchor
 * are searched one by one. Anchors should be rarer than the literals are
 * many, and literals that contain another of the set are dropped (the
 * shorter one occurs wherever they do).
 */
export class LiteralSet {
  /** Per anchor: each literal holding it, with the anchor's offset in the literal. */
  readonly #anchored: readonly (readonly [string, readonly (readonly [string, number])[]])[];
  readonly #plain: readonly string[];

  constructor(literals: readonly string[], anchors: readonly string[]) {
    const kept = minimalLiterals(literals);
    const byAnchor = new Map<string, [string, number][]>();
    const plain: string[] = [];
    for (const literal of kept) {
      const anchor = anchors.find((a) => a !== '' && literal.includes(a));
      if (anchor === undefined) plain.push(literal);
      else {
        const list = byAnchor.get(anchor) ?? [];
        list.push([literal, literal.indexOf(anchor)]);
        byAnchor.set(anchor, list);
      }
    }
    this.#anchored = [...byAnchor];
    this.#plain = plain;
  }

  test(text: string): boolean {
    for (const [anchor, literals] of this.#anchored) {
      if (!holdsLiteral(text, anchor)) continue;
      for (let at = indexOfLiteral(text, anchor); at !== -1; at = indexOfLiteral(text, anchor, at + 1)) {
        for (const [literal, offset] of literals)
          if (at >= offset && text.startsWith(literal, at - offset)) return true;
      }
    }
    return this.#plain.some((literal) => holdsLiteral(text, literal));
  }
}
