import type { SgNode } from '@ast-grep/napi';
import { normalizeApiVersion, tryParseApiVersion } from '../../../versions/api-version.ts';
import { callArguments, dottedName, namedChildren, stringValue } from './syntax.ts';

/** Module-level constants written as one literal (`API_VERSION = "1.41"`), by name: the literal node. */
export type Constants = ReadonlyMap<string, SgNode>;

export function moduleConstants(root: SgNode): Constants {
  const constants = new Map<string, SgNode>();
  for (const statement of namedChildren(root)) {
    const assignment = statement.kind() === 'expression_statement' ? namedChildren(statement)[0] : undefined;
    const left = assignment?.kind() === 'assignment' ? assignment.field('left') : undefined;
    const right = assignment?.field('right');
    if (left?.kind() === 'identifier' && right && isLiteral(right)) constants.set(left.text(), right);
  }
  return constants;
}

function isLiteral(node: SgNode): boolean {
  const kind = node.kind();
  if (kind === 'unary_operator') {
    const operand = node.field('argument');
    return /^-/.test(node.text()) && (operand?.kind() === 'integer' || operand?.kind() === 'float');
  }
  return (
    kind === 'integer' ||
    kind === 'float' ||
    kind === 'true' ||
    kind === 'false' ||
    stringValue(node) !== undefined
  );
}

/** The literal an expression stands for: itself, or the module constant it names. */
export function literalNode(node: SgNode, constants: Constants): SgNode | undefined {
  if (node.kind() === 'identifier') return constants.get(node.text());
  return isLiteral(node) ? node : undefined;
}

/** An API version written as a pin, at its literal. */
export interface PinText {
  readonly version: string;
  readonly node: SgNode;
}

/** `"1.41"`, `1.41`, `"v1.41"` as an API version; `"auto"` and anything else: none. */
export function versionOf(node: SgNode | undefined, constants: Constants): PinText | undefined {
  const literal = node && literalNode(node, constants);
  if (!literal) return undefined;
  const text = stringValue(literal) ?? (literal.kind() === 'float' ? literal.text() : undefined);
  const trimmed = text?.trim().replace(/^v/, '');
  if (!trimmed || !tryParseApiVersion(trimmed)) return undefined;
  return { version: normalizeApiVersion(trimmed), node: literal };
}

/** `version="1.41"` on a client constructor call. */
export function pinOf(call: SgNode, constants: Constants): PinText | undefined {
  const version = callArguments(call).keywords.find((k) => k.name === 'version');
  // `version=os.environ["DOCKER_API_VERSION"]`: the version the module gives that variable.
  if (version?.value.text().includes(ENV))
    return environmentPins(call.getRoot().root(), constants).find(
      (pin) => pin.node.range().start.index < call.range().start.index,
    );
  return versionOf(version?.value, constants);
}

const ENV = 'DOCKER_API_VERSION';
const SETTERS = /(?:^|\.)(?:setdefault|setenv|putenv|__setitem__)$/;

/**
 * `DOCKER_API_VERSION` given a version: `os.environ["DOCKER_API_VERSION"] = "1.41"`,
 * `monkeypatch.setenv(...)`, `{"DOCKER_API_VERSION": "1.41"}`, `DOCKER_API_VERSION="1.41"`
 * as a keyword or a module constant.
 */
export function environmentPins(root: SgNode, constants: Constants): PinText[] {
  const pins: PinText[] = [];
  const add = (node: SgNode | null | undefined) => {
    const pin = node ? versionOf(node, constants) : undefined;
    if (pin) pins.push(pin);
  };
  for (const node of root.findAll({ rule: { any: [{ kind: 'string' }, { kind: 'identifier' }] } })) {
    const isName = node.kind() === 'identifier' ? node.text() === ENV : stringValue(node) === ENV;
    if (!isName) continue;
    const parent = node.parent();
    if (!parent) continue;
    switch (parent.kind()) {
      case 'subscript': {
        const assignment = parent.parent();
        const left = assignment?.kind() === 'assignment' ? assignment.field('left') : null;
        if (left?.range().start.index === parent.range().start.index) add(assignment?.field('right'));
        break;
      }
      case 'pair':
        add(parent.field('value'));
        break;
      case 'keyword_argument':
        if (parent.field('name')?.text() === ENV) add(parent.field('value'));
        break;
      case 'argument_list': {
        const call = parent.parent();
        const callee = call ? dottedName(call.field('function')) : undefined;
        const args = call ? callArguments(call).positional : [];
        if (callee && SETTERS.test(callee) && args[0]?.range().start.index === node.range().start.index)
          add(args[1]);
        break;
      }
      case 'assignment':
        if (parent.field('left')?.range().start.index === node.range().start.index)
          add(parent.field('right'));
        break;
    }
  }
  return pins;
}
