import { parseSync, type Plugin } from 'vite';

/** The module this is applied to: vis-timeline's ES build, which vis-timeline/esnext resolves to. */
const VIS_TIMELINE = /\/node_modules\/vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.mjs$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** `name.x = …`, `name.prototype = …`, `name.prototype.x = …`: a statement that sets a property of `name`. */
function setsPropertyOf(statement: Node, name: string): boolean {
  if (statement.type !== 'ExpressionStatement') return false;
  const expression = statement.expression as Node;
  if (expression.type !== 'AssignmentExpression' || (expression.left as Node).type !== 'MemberExpression') return false;
  let target = expression.left as Node;
  while (target.type === 'MemberExpression') target = target.object as Node;
  return target.type === 'Identifier' && target.name === name;
}

/**
 * Makes each top-level `function F` followed by statements that set its properties
 * (`F.prototype = new Base()`, `F.prototype.method = …`, `F.helper = …`) one pure expression,
 * `const F = /*#__PURE__*\/ (() => { function F… ; return F; })()`, which a bundler leaves out
 * when nothing uses F. Rolldown counts a statement that sets a property of a function as a side
 * effect (rolldown/rolldown#3755), so it keeps such a function and all its methods even when
 * nothing uses it; Rollup does the same once the prototype is `new Base()`.
 *
 * The wrapped function is no longer hoisted: the module's code must not use it, while the module
 * is evaluated, before its definition (tests/unit/build/prototypeUnits.test.ts evaluates
 * vis-timeline so wrapped).
 */
export function wrapPrototypeUnits(code: string, file: string): { code: string; wrapped: string[] } {
  const { program, errors } = parseSync(file, code);
  if (errors.length) throw new Error(`${file} did not parse: ${errors[0]?.message}`);
  const body = program.body as unknown as Node[];
  const edits: Array<{ at: number; text: string }> = [];
  const wrapped: string[] = [];
  for (let index = 0; index < body.length; index++) {
    const statement = body[index]!;
    const name = statement.type === 'FunctionDeclaration' ? (statement.id as Node | null)?.name : undefined;
    if (typeof name !== 'string') continue;
    let last = index;
    while (last + 1 < body.length && setsPropertyOf(body[last + 1]!, name)) last++;
    if (last === index) continue;
    wrapped.push(name);
    edits.push({ at: statement.start, text: `const ${name} = /*#__PURE__*/ (() => {\n` }, { at: body[last]!.end, text: `\nreturn ${name};\n})();` });
    index = last;
  }
  let result = code;
  for (const { at, text } of edits.reverse()) result = result.slice(0, at) + text + result.slice(at);
  return { code: result, wrapped };
}

/**
 * vis-timeline's build holds Graph2d (line and bar charts) beside the timeline, as functions whose
 * methods are set on their prototypes: wrapped as pure units, the ~11 KB gzip of Graph2d, its
 * axes, legend and drawing code leave the timeline's chunk, since the app imports only Timeline.
 */
export function prototypeUnitsPlugin(): Plugin {
  return {
    name: 'pegasus-prototype-units',
    transform: {
      filter: { id: VIS_TIMELINE },
      handler(code, id) {
        return { code: wrapPrototypeUnits(code, id).code, map: null };
      }
    }
  };
}
