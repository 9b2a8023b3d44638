import { type CodeCommands, type CodeSyntax, codeCommands } from './code.ts';
import { dockerfileRegions } from './dockerfile.ts';
import { docsRegions } from './docs.ts';
import { makeRegions } from './make.ts';
import type { FileRegions } from './types.ts';
import { yamlRegions } from './yaml.ts';

const HASH: CodeSyntax = { comments: ['#'], blockComments: false, tripleQuotes: true, backtick: 'none' };
const C_LIKE: CodeSyntax = {
  comments: ['//'],
  blockComments: true,
  tripleQuotes: false,
  backtick: 'template',
};
const GO: CodeSyntax = { comments: ['//'], blockComments: true, tripleQuotes: false, backtick: 'raw' };
const GROOVY: CodeSyntax = { comments: ['//'], blockComments: true, tripleQuotes: true, backtick: 'none' };
const RUBY: CodeSyntax = { comments: ['#'], blockComments: false, tripleQuotes: false, backtick: 'raw' };

const CODE: Record<string, CodeSyntax> = {
  py: HASH,
  pyi: HASH,
  js: C_LIKE,
  mjs: C_LIKE,
  cjs: C_LIKE,
  jsx: C_LIKE,
  ts: C_LIKE,
  mts: C_LIKE,
  cts: C_LIKE,
  tsx: C_LIKE,
  go: GO,
  groovy: GROOVY,
  gradle: GROOVY,
  java: C_LIKE,
  kt: C_LIKE,
  rs: C_LIKE,
  rb: RUBY,
};

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
  if (base === 'Jenkinsfile') return { kind: 'code', code: codeCommands(text, GROOVY) };
  const syntax = CODE[ext];
  return syntax ? { kind: 'code', code: codeCommands(text, syntax) } : undefined;
}
