// How the command line's bundle is split into chunks. Left to itself the bundler splits at
// every dynamic import and by every set of importers, which made a lint run load 45 small
// modules, each costing a resolve, a read and a link. Instead the chunks follow the commands:
//
//   cli.js      main.ts alone: it awaits the command, so no chunk the command loads may import it
//   cli-shared  what every command loads (yargs, the command declarations)
//   data        what the lookups load (since, elements, lookup, targets, …; lint loads it too)
//   lint        what lint loads beyond those (the scan, rules, reporters, the config reader)
//   impact      what needs and report load beyond lint's
//
// The roots are the modules the commands import dynamically. What only rare paths load (a
// daemon probe, the spec sync, config validation, a TypeScript config) keeps its own lazy
// chunks: those are imported dynamically from inside the groups, not from the commands.
const MAIN = /[\\/]src[\\/]cli[\\/]main\.ts$/;
const LINT_ROOTS = /[\\/]src[\\/](?:cli[\\/]commands[\\/]lint-run|config[\\/]load)\.ts$/;
const IMPACT_ROOTS = /[\\/]src[\\/]cli[\\/]commands[\\/](?:needs|report)-run\.ts$/;
const RARE_ROOTS =
  /[\\/]src[\\/](?:daemon[\\/]probe|targets[\\/]from-daemon|spec[\\/]sync|report[\\/]probe-text)\.ts$/;

/** The bundler options and the plugin (it records the module graph) for the CLI build. */
export function cliChunks() {
  const graph = new Map();
  let groupOf;
  const plugin = {
    name: 'cli-chunks',
    buildEnd() {
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        graph.set(id, { static: info?.importedIds ?? [], dynamic: info?.dynamicallyImportedIds ?? [] });
      }
    },
  };
  const closure = (roots) => {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length > 0) {
      const id = stack.pop();
      if (seen.has(id) || !graph.has(id)) continue;
      seen.add(id);
      stack.push(...graph.get(id).static);
    }
    return seen;
  };
  // Each module goes to the first group whose roots reach it, so a group only ever
  // imports from the groups before it: no cycles between chunks.
  function partition() {
    const main = [...graph.keys()].filter((id) => MAIN.test(id));
    const initial = closure([...main, ...main.flatMap((id) => graph.get(id).dynamic)]);
    const roots = [...new Set([...initial].flatMap((id) => graph.get(id).dynamic))].filter(
      (id) => !initial.has(id),
    );
    const lint = roots.filter((id) => LINT_ROOTS.test(id));
    const impact = roots.filter((id) => IMPACT_ROOTS.test(id));
    const data = roots.filter((id) => !lint.includes(id) && !impact.includes(id) && !RARE_ROOTS.test(id));
    const groups = new Map([...initial].filter((id) => !main.includes(id)).map((id) => [id, 'cli-shared']));
    for (const [name, from] of [
      ['data', data],
      ['lint', lint],
      ['impact', impact],
    ]) {
      for (const id of closure(from)) if (!initial.has(id) && !groups.has(id)) groups.set(id, name);
    }
    return groups;
  }
  // Not each group's dependencies too (the default): lint would swallow data.
  const group = (name) => ({
    name,
    includeDependenciesRecursively: false,
    test: (id) => {
      groupOf ??= partition();
      return groupOf.get(id) === name;
    },
  });
  return {
    plugin,
    codeSplitting: { groups: ['cli-shared', 'data', 'lint', 'impact'].map(group) },
  };
}
