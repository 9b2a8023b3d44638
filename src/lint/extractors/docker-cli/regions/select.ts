import { CODE_SYNTAX, type CodeCommands, type CodeSyntax, codeCommands } from './code.ts';
import { dockerfileRegions } from './dockerfile.ts';
import { docsRegions } from './docs.ts';
import { makeRegions } from './make.ts';
import type { FileRegions } from './types.ts';
import { yamlRegions } from './yaml.ts';

const SHELL = new Set(['sh', 'bash', 'zsh', 'ksh', 'envrc', 'ps1', 'bat', 'cmd', 'command']);
const DOCS = new Set(['md', 'markdown', 'mdx', 'rst']);
const YAML = new Set(['yml', 'yaml']);
// Compose files describe containers; their `command:` is the container's, not a shell's.
const COMPOSE = /^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;

/** How a file is read: shell regions, or commands inside a program's strings. */
export type FileReading =
  | { readonly kind: 'regions'; readonly regions: FileRegions }
  | { readonly kind: 'code'; readonly code: CodeCommands };

export function readFile(path: string, text: string): FileReading | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const ext = dot === -1 ? '' : base.slice(dot + 1).toLowerCase();
  const regions = (r: FileRegions): FileReading => ({ kind: 'regions', regions: r });
  if (/^(?:GNU)?[Mm]akefile$/.test(base) || ext === 'mk') return regions(makeRegions(text));
  if (/^(?:Dockerfile|Containerfile)(?:\..*)?$/.test(base) || ext === 'dockerfile')
    return regions(dockerfileRegions(text));
  if (YAML.has(ext)) return COMPOSE.test(base) ? undefined : regions(yamlRegions(text));
  if (DOCS.has(ext)) return regions(docsRegions(text));
  if (SHELL.has(ext) || (ext === '' && /^#!.*\b(?:sh|bash|zsh|ksh|dash)\b/.test(text.slice(0, 80))))
    return regions({ regions: [{ start: 0, end: text.length }], pins: [] });
  // npm scripts are shell command lines.
  if (base === 'package.json')
    return { kind: 'code', code: codeCommands(text, CODE_SYNTAX.json as CodeSyntax, 0, text.length, true) };
  if (base === 'Rakefile' || base === 'Vagrantfile')
    return { kind: 'code', code: codeCommands(text, CODE_SYNTAX.rb as CodeSyntax) };
  if (base === 'Jenkinsfile')
    return { kind: 'code', code: codeCommands(text, CODE_SYNTAX.groovy as CodeSyntax) };
  const syntax = CODE_SYNTAX[ext];
  return syntax ? { kind: 'code', code: codeCommands(text, syntax) } : undefined;
}
