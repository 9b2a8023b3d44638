import type { SgNode } from '@ast-grep/napi';
import { treeOf } from '../../parse/service.ts';
import type { PinUsage, RequestUsage, Usage } from '../../usage.ts';
import { snippet } from '../shared/snippet.ts';
import type { ExtractInput, Extractor } from '../types.ts';
import { type ElementContext, position } from './elements.ts';
import { GuardReader } from './guards.ts';
import { DockerNames } from './imports.ts';
import { environmentPins, moduleConstants, pinOf } from './pins.ts';
import { type Receiver, Receivers } from './receivers.ts';
import { requestsOfCall } from './requests.ts';
import { Scopes } from './scope.ts';
import { dottedName } from './syntax.ts';
import { dockerPyTable } from './table.ts';

const ID = 'docker-py';
const CLIENT_CALL =
  /^docker(?:\.client|\.api(?:\.client)?)?\.(?:from_env|from_context|DockerClient|APIClient)(?:\.from_env|\.from_context)?$/;

/**
 * Calls of docker-py (the Docker SDK for Python) mapped through
 * data/docker-py.json to the requests they send, each keyword argument,
 * dict key and docker.types keyword at its own text; API versions pinned
 * with `version="1.41"` or `DOCKER_API_VERSION`.
 */
export const dockerPyExtractor: Extractor = {
  id: ID,
  title: 'docker-py (Docker SDK for Python) calls',
  files: { extensions: ['py', 'pyi'] },
  // Every way to reach docker-py imports the `docker` package.
  enablers: ['docker'],
  context: {
    literals: ['docker.from_env', 'docker.DockerClient', 'docker.APIClient'],
    lineStarts: [
      { pattern: /import[ \t]+docker\b/, holds: 'docker' },
      { pattern: /from[ \t]+docker(?:\.[\w.]+)?[ \t]+import\b/, holds: 'docker' },
    ],
  },
  extract: (input) => {
    try {
      return extractFrom(input);
    } catch (error) {
      if (process.env.DOCKER_PY_DEBUG) throw error;
      // Code that defeats the walk yields nothing rather than a failed lint.
      return [];
    }
  },
};

/** pytest fixtures of `conftest.py` files beside the file that import docker-py, read on first need. */
class ConftestFixtures {
  readonly #input: ExtractInput;
  #modules: Receivers[] | undefined;

  constructor(input: ExtractInput) {
    this.#input = input;
  }

  get modules(): Receivers[] {
    this.#modules ??= (this.#input.siblings?.() ?? [])
      .filter((file) => /(?:^|\/)conftest\.py$/.test(file.path) && file.path !== this.#input.file.path)
      .flatMap((file) => {
        const root = treeOf(file, 'python');
        const names = root && new DockerNames(root);
        if (!root || !names?.any) return [];
        return [new Receivers(names, new Scopes(root), dockerPyTable(), moduleConstants(root))];
      });
    return this.#modules;
  }

  lookup = (name: string): Receiver | undefined => {
    for (const module of this.modules) {
      const found = module.returnedBy(name);
      if (found) return found;
    }
    return undefined;
  };
}

/** A test that replaces docker-py with a mock: its calls never reach a daemon. */
const MOCKED = /\bpatch(?:\.object)?\(\s*(?:["']docker[."']|docker\b)|Mock\(\s*spec=docker\./;

function extractFrom(input: ExtractInput): Usage[] {
  if (MOCKED.test(input.file.text)) return [];
  const root = input.tree('python');
  if (!root) return [];
  const names = new DockerNames(root);
  const fixtures = new ConftestFixtures(input);
  // A test may reach docker-py only through fixtures of its conftest.py.
  if (!names.any && fixtures.modules.length === 0) return [];
  const table = dockerPyTable();
  const scopes = new Scopes(root);
  const constants = moduleConstants(root);
  const receivers = new Receivers(names, scopes, table, constants, fixtures.lookup);
  const context: ElementContext = { table, names, scopes, receivers, constants };
  const guards = new GuardReader(names, scopes, constants);
  const file = input.file;
  const text = (node: SgNode) => snippet(file.text, node.range().start.index, node.range().end.index);

  const usages: Usage[] = [];
  const pinned = new Set<number>();
  const pin = (node: SgNode, version: string) => {
    if (pinned.has(node.range().start.index)) return;
    pinned.add(node.range().start.index);
    const usage: PinUsage = {
      kind: 'pin',
      extractor: ID,
      file: file.path,
      ...position(node),
      pin: version,
      text: text(node),
    };
    usages.push(usage);
  };

  for (const call of root.findAll({ rule: { kind: 'call' } })) {
    const callee = names.canonical(dottedName(call.field('function')));
    if (callee && CLIENT_CALL.test(callee)) {
      const found = pinOf(call, constants);
      if (found) pin(found.node, found.version);
      continue;
    }
    const fn = call.field('function');
    if (fn?.kind() !== 'attribute') continue;
    const receiver = receivers.of(fn.field('object') ?? fn);
    if (!receiver || receiver.list) continue;
    for (const request of requestsOfCall(call, receiver, context)) {
      const guard = guards.rangeOf(call);
      const usage: RequestUsage = {
        kind: 'request',
        extractor: ID,
        file: file.path,
        ...request.at,
        method: request.operation.slice(0, request.operation.indexOf(' ')),
        path: request.operation.slice(request.operation.indexOf(' ') + 1).replace(/\{[^}]*\}/g, '{}'),
        operation: request.operation,
        ...(receiver.pin ? { pin: receiver.pin } : {}),
        elements: request.elements,
        anchored: true,
        via: 'method',
        text: text(call),
        ...(guard ? { guard } : {}),
      };
      usages.push(usage);
    }
  }
  for (const found of environmentPins(root, constants)) pin(found.node, found.version);
  return usages.sort((a, b) => a.line - b.line || a.column - b.column);
}
