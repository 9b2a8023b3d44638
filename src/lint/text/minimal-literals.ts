/**
 * The literals a search for "any of these" needs: one that contains another
 * is found wherever that one is (`dockerode` holds `docker`), so it adds only
 * work. A `bounded` literal counts only where no name character follows it,
 * so it does not stand for the literals that contain it. Order is kept.
 */
export function minimalLiterals(literals: readonly string[], bounded: readonly string[] = []): string[] {
  const boundedSet = new Set(bounded);
  const unique = [...new Set(literals)];
  return unique.filter(
    (literal) =>
      !unique.some((other) => other !== literal && !boundedSet.has(other) && literal.includes(other)),
  );
}
