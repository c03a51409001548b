/**
 * wrapPrototypeUnits (build/prototypeUnits.ts): a top-level function and the statements right after
 * it that set its properties become one pure expression, so that the bundler leaves out the
 * functions nothing uses (vis-timeline's Graph2d), and keeps the others working as before.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { prototypeUnitsPlugin, wrapPrototypeUnits } from '../../../build/prototypeUnits';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const VIS_TIMELINE = path.join(root, 'node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs');
// Inside the project, so that the wrapped module's imports resolve from node_modules.
const scratch = mkdtempSync(path.join(root, 'node_modules', '.prototype-units-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CLASSES = `
function Base() { this.kind = 'base'; }
Base.prototype.describe = function () { return this.kind + ':' + this.name(); };
function Chart() { Base.call(this); }
Chart.prototype = new Base();
Chart.prototype.name = function () { return 'chart'; };
Chart.create = function () { return new Chart(); };
function Helper() {}
function Emitting() {}
mixin(Emitting.prototype);
Emitting.prototype.on = function () {};
`;

describe('wrapPrototypeUnits', () => {
  it('wraps a function with the statements that set its prototype and its properties, up to the first other statement', () => {
    const { code, wrapped } = wrapPrototypeUnits(CLASSES, 'classes.js');
    expect(wrapped).toEqual(['Base', 'Chart']);
    expect(code).toContain("const Chart = /*#__PURE__*/ (() => {\nfunction Chart() { Base.call(this); }\nChart.prototype = new Base();");
    expect(code).toContain("Chart.create = function () { return new Chart(); };\nreturn Chart;\n})();");
    // No statement sets Helper's properties; Emitting's first one is a call (it may do anything).
    expect(code).toContain('\nfunction Helper() {}\nfunction Emitting() {}\nmixin(Emitting.prototype);');
  });

  it('keeps what the wrapped functions do', () => {
    const { code } = wrapPrototypeUnits(CLASSES, 'classes.js');
    const run = (source: string) => runInNewContext(`${source}\n[Chart.create().describe(), new Chart() instanceof Base]`, { mixin: () => {} });
    expect(run(code)).toEqual(run(CLASSES));
    expect(run(code)).toEqual(['base:chart', true]);
  });

  it('wraps exactly vis-timeline’s Graph2d and the parts only it uses', () => {
    expect(wrapPrototypeUnits(readFileSync(VIS_TIMELINE, 'utf8'), VIS_TIMELINE).wrapped).toEqual([
      'Points',
      'Bargraph',
      'Line',
      'GraphGroup',
      'Legend',
      'LineGraph',
      'Graph2d'
    ]);
  });

  it('leaves vis-timeline evaluating as before: no wrapped function is used before its definition', async () => {
    const file = path.join(scratch, 'vis-timeline-wrapped.mjs');
    writeFileSync(file, wrapPrototypeUnits(readFileSync(VIS_TIMELINE, 'utf8'), VIS_TIMELINE).code);
    const wrapped = await import(/* @vite-ignore */ file);
    expect(typeof wrapped.Timeline).toBe('function');
    expect(typeof wrapped.Graph2d.prototype.setOptions).toBe('function');
    expect(typeof wrapped.timeline.components.LineGraph.prototype.redraw).toBe('function');
  });
});

/** vis-timeline bundled as the app bundles it, with an entry that imports `names`: the chunk's code. */
async function bundleImporting(names: string): Promise<string> {
  const entry = path.join(scratch, `entry-${names.replace(/\W+/g, '-')}.mjs`);
  writeFileSync(entry, `export { ${names} } from 'vis-timeline/esnext';`);
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [prototypeUnitsPlugin()],
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      // Only vis-timeline's own module is bundled: its dependencies are not what this is about.
      rolldownOptions: { external: (id) => !id.includes('vis-timeline') && id !== entry }
    }
  })) as Rollup.RollupOutput[];
  return output[0]!.output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

describe('prototypeUnitsPlugin', () => {
  it('leaves Graph2d out of a bundle that imports only Timeline, and keeps it in one that imports it', { timeout: 60_000 }, async () => {
    const timelineOnly = await bundleImporting('Timeline');
    expect(timelineOnly).toContain('class Timeline extends Core');
    for (const graph2dOnly of ['function Graph2d(', 'function LineGraph(', 'vis-legend', 'vis-graph-group']) expect(timelineOnly).not.toContain(graph2dOnly);
    const withGraph2d = await bundleImporting('Timeline, Graph2d');
    for (const graph2dOnly of ['function Graph2d(', 'function LineGraph(', 'vis-legend']) expect(withGraph2d).toContain(graph2dOnly);
  });
});
