// Edits to bundled yargs, each checked: a yargs update that moves the code fails the build.
const shim = (name) => new URL(`./bundle-shims/${name}`, import.meta.url).pathname;

export const PATCHES = [
  {
    // yargs/index.mjs loads its platform shim by a relative path, beyond an alias's reach.
    file: 'yargs/index.mjs',
    from: "from './lib/platform-shims/esm.mjs'",
    to: `from ${JSON.stringify(shim('yargs-platform.mjs'))}`,
  },
  {
    // Before every command handler yargs renders the command's help, in case the handler
    // asks for it; ours never do (usage errors are one line), and the rendering is a large
    // share of start-up. Help asked for with --help is rendered as before.
    file: 'yargs/build/lib/usage.js',
    from: 'cachedHelpMessage = this.help();',
    to: '/* help rendered only when shown */',
  },
];

export const patchYargs = {
  name: 'patch-yargs',
  transform(code, id) {
    const patches = PATCHES.filter((patch) => id.endsWith(`/node_modules/${patch.file}`));
    let patched = code;
    for (const patch of patches) {
      if (!patched.includes(patch.from)) throw new Error(`${patch.file}: "${patch.from}" not found`);
      patched = patched.replace(patch.from, patch.to);
      patch.applied = true;
    }
    return patches.length > 0 ? { code: patched } : undefined;
  },
};
