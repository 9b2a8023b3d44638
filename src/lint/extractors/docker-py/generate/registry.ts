import type { SgNode } from '@ast-grep/napi';
import type { PinnedSource } from '../../../../sources/read.ts';
import { parseText } from '../../../parse/service.ts';
import { dottedName, lineOf, namedChildren, stringValue } from '../syntax.ts';
import { type FunctionFacts, HTTP_HELPERS, interpret, type ModuleScope } from './interpret.ts';

/** Where a function of docker-py lives, and what its decorators say. */
export interface Entry {
  /** `api:create_container`, `type:HostConfig`, `model:ContainerCollection.run`, `fn:models/containers.py:_create_container_args`. */
  readonly key: string;
  readonly file: string;
  readonly def: SgNode;
  /** `@utils.minimum_version('1.25')` and its line. */
  readonly minimumVersion?: { readonly version: string; readonly line: number };
  readonly classSkipsSelf: boolean;
  /** The class the function belongs to, for `self.NAME` lookups. */
  readonly owner?: string;
}

/** Every function of one docker-py release the generator reads, and the facts of each, read on demand. */
export class Registry {
  readonly entries = new Map<string, Entry>();
  /** Class name → base class names. */
  readonly bases = new Map<string, string[]>();
  /** Collection class → model class (`model = Container`). */
  readonly models = new Map<string, string>();
  /** DockerClient property → class it returns (`containers` → `ContainerCollection`). */
  readonly properties = new Map<string, string>();
  /** Module-level string lists by file. */
  readonly lists = new Map<string, Map<string, string[]>>();
  /** Module-level string constants (`DEFAULT_DOCKER_API_VERSION`) with their lines, by file. */
  readonly constants = new Map<string, Map<string, { value: string; line: number }>>();
  readonly #facts = new Map<string, FunctionFacts>();

  readonly source: PinnedSource;

  constructor(source: PinnedSource) {
    this.source = source;
    for (const path of source.paths) {
      if (!path.endsWith('.py')) continue;
      const root = parseText('python', source.read(path));
      if (root) this.#readModule(path, root);
    }
  }

  #readModule(file: string, root: SgNode): void {
    const lists = new Map<string, string[]>();
    const constants = new Map<string, { value: string; line: number }>();
    for (const statement of namedChildren(root)) {
      const node = unwrap(statement);
      if (node.kind() === 'class_definition') this.#readClass(file, node);
      else if (node.kind() === 'function_definition')
        this.#add(file, `fn:${file}:${name(node)}`, statement, false);
      else if (statement.kind() === 'expression_statement') {
        const assignment = namedChildren(statement)[0];
        const target = assignment?.field('left')?.text();
        const right = assignment?.field('right');
        if (assignment?.kind() !== 'assignment' || !target || !right) continue;
        if (right.kind() === 'list')
          lists.set(
            target,
            namedChildren(right).flatMap((s) => stringValue(s) ?? []),
          );
        const text = stringValue(right);
        if (text !== undefined) constants.set(target, { value: text, line: lineOf(statement) });
      }
    }
    this.lists.set(file, lists);
    this.constants.set(file, constants);
  }

  #readClass(file: string, node: SgNode): void {
    const cls = name(node);
    const bases = namedChildren(node.field('superclasses') ?? node)
      .map((b) => dottedName(b))
      .filter((b): b is string => b !== undefined && node.field('superclasses') !== null);
    this.bases.set(cls, bases);
    const kind = file.startsWith('docker/api/') ? 'api' : file.startsWith('docker/types/') ? 'type' : 'model';
    for (const member of namedChildren(node.field('body') ?? node)) {
      const def = unwrap(member);
      if (member.kind() === 'expression_statement') {
        const assignment = namedChildren(member)[0];
        if (assignment?.field('left')?.text() === 'model')
          this.models.set(cls, assignment.field('right')?.text() ?? '');
      }
      if (def.kind() !== 'function_definition') continue;
      const method = name(def);
      if (cls === 'DockerClient' && decorators(member).includes('property')) {
        const returned = def.find({ rule: { kind: 'return_statement' } })?.find({ rule: { kind: 'call' } });
        const target = dottedName(returned?.field('function'));
        if (target) this.properties.set(method, target);
        continue;
      }
      if (kind === 'api') this.#add(file, `api:${method}`, member, true, cls);
      else if (kind === 'type') {
        if (method === '__init__') this.#add(file, `type:${cls}`, member, true, cls);
      } else this.#add(file, `model:${cls}.${method}`, member, true, cls);
    }
  }

  #add(file: string, key: string, statement: SgNode, classSkipsSelf: boolean, owner?: string): void {
    const def = unwrap(statement);
    let minimumVersion: Entry['minimumVersion'];
    for (const decorator of statement.kind() === 'decorated_definition' ? namedChildren(statement) : []) {
      const call = decorator.find({ rule: { kind: 'call' } });
      if (!call || !/(^|\.)minimum_version$/.test(dottedName(call.field('function')) ?? '')) continue;
      const version = stringValue(call.field('arguments')?.find({ rule: { kind: 'string' } }));
      if (version) minimumVersion = { version, line: lineOf(decorator) };
    }
    this.entries.set(key, {
      key,
      file,
      def,
      classSkipsSelf,
      ...(owner ? { owner } : {}),
      ...(minimumVersion ? { minimumVersion } : {}),
    });
  }

  /** The type entry of a class, following base classes without their own `__init__` (`RollbackConfig`). */
  typeKey(cls: string): string | undefined {
    if (this.entries.has(`type:${cls}`)) return `type:${cls}`;
    for (const base of this.bases.get(cls) ?? []) {
      const found = this.typeKey(base);
      if (found) return found;
    }
    return undefined;
  }

  /** `model:Cls.method`, looking through base classes (`Model.reload`, `Collection.get`). */
  methodKey(cls: string, method: string): string | undefined {
    if (this.entries.has(`model:${cls}.${method}`)) return `model:${cls}.${method}`;
    for (const base of this.bases.get(cls) ?? []) {
      const found = this.methodKey(base, method);
      if (found) return found;
    }
    return undefined;
  }

  facts(key: string): FunctionFacts | undefined {
    const cached = this.#facts.get(key);
    if (cached) return cached;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const facts = interpret(
      entry.def,
      this.#scope(entry),
      entry.classSkipsSelf,
      entry.key.startsWith('api:'),
    );
    this.#facts.set(key, facts);
    return facts;
  }

  #scope(entry: Entry): ModuleScope {
    const lists = this.lists.get(entry.file) ?? new Map();
    const owner = entry.owner;
    return {
      lists,
      resolve: (callee) => {
        if (HTTP_HELPERS[callee] !== undefined) return undefined;
        const api =
          /^self\.(?:client\.)?api\.(\w+)$/.exec(callee) ??
          (entry.key.startsWith('api:') ? /^self\.(\w+)$/.exec(callee) : null);
        if (api && this.entries.has(`api:${api[1]}`)) return `api:${api[1]}`;
        const collection = /^self\.client\.(\w+)\.(\w+)$/.exec(callee);
        if (collection) {
          const cls = this.properties.get(collection[1] ?? '');
          return cls ? this.methodKey(cls, collection[2] ?? '') : undefined;
        }
        const own = /^self\.(\w+)$/.exec(callee);
        if (own && owner && !entry.key.startsWith('api:')) return this.methodKey(owner, own[1] ?? '');
        if (/^[\w]+$/.test(callee)) {
          if (this.entries.has(`fn:${entry.file}:${callee}`)) return `fn:${entry.file}:${callee}`;
          return this.typeKey(callee);
        }
        const qualified = /^(?:docker\.)?types\.(\w+)$/.exec(callee);
        return qualified ? this.typeKey(qualified[1] ?? '') : undefined;
      },
      methodOn: (key, method) => {
        const match = /^model:(\w+)\.\w+$/.exec(key);
        const model = match && this.models.get(match[1] ?? '');
        return model ? this.methodKey(model, method) : undefined;
      },
    };
  }
}

function unwrap(node: SgNode): SgNode {
  if (node.kind() !== 'decorated_definition') return node;
  return node.field('definition') ?? namedChildren(node).at(-1) ?? node;
}

function name(node: SgNode): string {
  return node.field('name')?.text() ?? '';
}

function decorators(node: SgNode): string[] {
  if (node.kind() !== 'decorated_definition') return [];
  return namedChildren(node)
    .filter((child) => child.kind() === 'decorator')
    .map((decorator) => decorator.text().replace(/^@/, ''));
}
