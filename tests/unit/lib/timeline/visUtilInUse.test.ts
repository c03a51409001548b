/**
 * src/lib/timeline/visUtilInUse.ts hands vis-timeline and vis-data the part of vis-util they use
 * (build/libraries.ts points their imports of vis-util there). A missing name would not fail the
 * build when vis-timeline reads it off its helper object (`availableUtils.x`, a spread of the
 * whole namespace): it would be `undefined` at run time, in whatever rarely used path reads it.
 * So these tests read the two libraries' code (their installed versions) and hold the list to what
 * the code reads, exactly: every name it imports, and every property it reads off the namespace or
 * an object spread from it, and nothing more.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSync } from 'vite';

const VIS_UTIL = 'vis-util/esnext/esm/vis-util.js';
const LIBRARIES = ['node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs', 'node_modules/vis-data/esnext/esm/vis-data.mjs'];

interface AstNode {
  type: string;
  start: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

/** Every node of the tree, with its parent. */
function* walk(node: AstNode, parent?: AstNode): Generator<{ node: AstNode; parent?: AstNode }> {
  yield { node, parent };
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) yield* walk(child, node);
  }
}

function parse(file: string): AstNode {
  const { program, errors } = parseSync(file, readFileSync(file, 'utf8'));
  expect(errors).toEqual([]);
  return program as unknown as AstNode;
}

/** An identifier's name, or a string literal's value ('' for anything else, or nothing). */
function nameOf(node: unknown): string {
  const named = node as { name?: unknown; value?: unknown } | null;
  return typeof named?.name === 'string' ? named.name : typeof named?.value === 'string' ? named.value : '';
}

/** What a library takes from vis-util: names imported or re-exported, and properties read off the namespace. */
function namesUsed(file: string): { names: Set<string>; problems: string[] } {
  const program = parse(file);
  const names = new Set<string>();
  const problems: string[] = [];
  /** The namespace, and objects made by spreading it: what is read off them comes from vis-util. */
  const holders = new Set<string>();
  /** What the library adds to such an object itself (not vis-util's). */
  const ownKeys = new Set<string>();
  for (const { node } of walk(program)) {
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration') && nameOf(node.source) === VIS_UTIL) {
      for (const specifier of node.specifiers as AstNode[]) {
        if (specifier.type === 'ImportNamespaceSpecifier') holders.add(nameOf(specifier.local));
        else names.add(nameOf(specifier.type === 'ImportSpecifier' ? specifier.imported : specifier.local));
      }
    }
  }
  for (const { node } of walk(program)) {
    if (node.type !== 'VariableDeclarator' || !isNode(node.init) || node.init.type !== 'ObjectExpression') continue;
    const properties = node.init.properties as AstNode[];
    if (!properties.some((property) => property.type === 'SpreadElement' && holders.has(nameOf(property.argument)))) continue;
    holders.add(nameOf(node.id));
    for (const property of properties) if (property.type === 'Property') ownKeys.add(nameOf(property.key));
  }
  for (const { node, parent } of walk(program)) {
    if (node.type !== 'Identifier' || !holders.has(nameOf(node)) || !parent) continue;
    const where = `${file} at ${node.start}: ${parent.type}`;
    if (parent.type === 'MemberExpression' && parent.object === node) {
      if (parent.computed) problems.push(`${where}, a property read by a computed key`);
      else if (!ownKeys.has(nameOf(parent.property))) names.add(nameOf(parent.property));
    } else if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) {
      // another object's property of the same name (vis-timeline's `this.body.util`)
    } else if (parent.type === 'Property' && parent.key === node && !parent.computed) {
      // a key of the same name
    } else if (parent.type === 'ImportNamespaceSpecifier' || parent.type === 'VariableDeclarator' || parent.type === 'SpreadElement') {
      // the import, the spread's declaration, the spread itself
    } else if (parent.type === 'CallExpression' && nameOf((parent.callee as AstNode).property) === 'defineProperty' && (parent.arguments as AstNode[])[0] === node) {
      ownKeys.add(nameOf((parent.arguments as AstNode[])[1])); // vis-timeline's own `xss` getter
    } else {
      problems.push(`${where}, the object itself used (passed on, destructured…): what is read off it cannot be followed`);
    }
  }
  for (const key of ownKeys) names.delete(key);
  return { names, problems };
}

function exportedNames(file: string): string[] {
  const names: string[] = [];
  for (const { node } of walk(parse(file))) {
    if (node.type === 'ExportNamedDeclaration') for (const specifier of node.specifiers as AstNode[]) names.push(nameOf(specifier.exported));
  }
  return names.sort();
}

describe('the part of vis-util that vis-timeline and vis-data get', () => {
  const used = LIBRARIES.map(namesUsed);

  it('is followed through every use of the namespace and of the object spread from it', () => {
    expect(used.flatMap((library) => library.problems)).toEqual([]);
  });

  it('is exactly what the libraries read: nothing they read is missing, nothing is exported for nobody', () => {
    const needed = [...new Set(used.flatMap((library) => [...library.names]))].sort();
    expect(exportedNames('src/lib/timeline/visUtilInUse.ts')).toEqual(needed);
  });

  it('finds what vis-timeline reads off its helper object, and leaves out what it adds itself', () => {
    const timeline = used[0]!.names;
    for (const name of ['addClassName', 'selectiveDeepExtend', 'easingFunctions', 'HSVToRGB', 'isNumber']) expect(timeline).toContain(name);
    for (const name of ['convert', 'setupXSSProtection', 'xss']) expect(timeline).not.toContain(name);
  });
});
