/**
 * Finds the vega-lite charts the site draws and evaluates their specs in Node, so that
 * scripts/vendor-vega.ts compiles them to vega at build time: nobody keeps a list of charts.
 *
 * A chart is a call to VegaChart(spec, …) (src/components/vegaChart.ts), or to a function that
 * hands one of its parameters to VegaChart as the spec (TimingChart(spec, …)), in a page
 * (src/**\/*.md, and the guide's examples) or in a module of src/. The spec expression is
 * evaluated with what the page or module gives it:
 * - literals, globals such as Math, and imports (the very modules the browser loads);
 * - the page's or module's own declarations (`const W = [...LOSS_MAP_DOMAIN.w]`), the same way;
 * - a control with a few values, `view(Inputs.radio(options, …))`, `Inputs.select` (without
 *   `multiple`) or `Inputs.toggle`: once for each value (a chart drawn in bits and in nats);
 * - the item of an array the call iterates over: `UFUNCS.map((f) => VegaChart(spec(f.numpy)))`;
 * - Framework's `width`, as 640: the view sets a chart's width and height, and a spec's key
 *   leaves them out (lib/markup/specKey.ts).
 * A spec that depends on anything else (a slider, loaded data, the DOM) is not known before the
 * page runs: it is reported as a problem (file, line, what it depends on, in Spanish), and the
 * chart compiles in the browser, which test/e2e/pages.test.ts refuses with the same words.
 */
import type {
  AnyNode,
  CallExpression,
  Function as FunctionNode,
  Identifier,
  Node,
  Pattern,
  Program,
} from "acorn";
import { Parser } from "acorn";
import { ancestor } from "acorn-walk";
import { transformSync } from "esbuild";
import { createMarkdownIt, parseMarkdown } from "@observablehq/framework/dist/markdown.js";
import { findReferences } from "@observablehq/framework/dist/javascript/references.js";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { specKey } from "../lib/markup/specKey.js";
import { FIXTURE, GUIDE, fixturePage } from "./guide-examples.js";

/** A file the charts are looked for in. `dir` is where its relative imports start. */
export interface ChartSource {
  /** As reported, relative to the project root: "src/informacion.md". */
  file: string;
  kind: "page" | "module";
  /** The page's Markdown or the module's TypeScript. */
  text: string;
  /** Absolute directory its relative imports resolve from. */
  dir: string;
  /** The text lines are reported in, when it is not `text` (the guide, for its examples). */
  origin?: string;
}

/** Where a chart is written: file, 1-based line, and the spec expression as written. */
export interface ChartSite {
  file: string;
  line: number;
  spec: string;
}

export interface DiscoveredSpec {
  key: string;
  spec: object;
  sites: ChartSite[];
}

export interface ChartProblem {
  site: ChartSite;
  /** Spanish: why the spec cannot be known at build time. */
  reason: string;
}

export interface Discovery {
  specs: DiscoveredSpec[];
  problems: ChartProblem[];
}

/** Functions that make a chart, and which argument is the spec. VegaChart's is the first. */
const BASE_MAKERS: ReadonlyMap<string, number> = new Map([["VegaChart", 0]]);
/** Array methods whose callback's first parameter is an item, the second its index. */
const ITERATORS = new Set(["map", "flatMap", "forEach", "filter", "find", "some", "every"]);
/** Globals a spec expression may use: the same in Node as in the browser. */
const GLOBALS = new Set([
  "Math", "Number", "String", "Boolean", "Array", "Object", "JSON", "Map", "Set", "Symbol",
  "Infinity", "NaN", "isFinite", "isNaN", "parseFloat", "parseInt", "RangeError", "TypeError", "Error",
]); // prettier-ignore
/** Framework's page width, as a chart's spec sees it at build time (the view sets the size). */
export const BUILD_WIDTH = 640;
/** More variants than this (controls × items) is not a chart to compile ahead. */
const MAX_VARIANTS = 64;

/**
 * Why a value is not known at build time (Spanish, for authors). `chain` is the page's or
 * module's names from the one the spec reads to the one that cannot be known, and `detail` how
 * that last one is declared.
 */
class Unknowable extends Error {
  constructor(
    reason: string,
    readonly chain: readonly string[] = [],
    readonly detail = "",
  ) {
    super(reason);
  }

  /** The reason, behind the names it came through: «depende de «a» → «b», que …». */
  explain(): string {
    if (this.chain.length === 0) return this.message;
    const names = this.chain.map((name) => `«${name}»`).join(" → ");
    const detail = this.detail ? `: ${this.chain.at(-1)} = ${this.detail}` : "";
    return `depende de ${names}, que ${this.message}${detail}`;
  }
}

/** The leaf reason of a name nothing at build time can give a value to. */
const IN_BROWSER = "solo se conoce en el navegador";

const shorten = (code: string, length = 70) =>
  code.length > length ? `${code.slice(0, length - 1)}…` : code;

/** The value each choice (a control, an iterated callback) takes, keyed by its syntax node. */
type World = ReadonlyMap<Node, unknown>;
interface Outcome {
  value: unknown;
  world: World;
}

type Binding =
  | { kind: "import"; specifier: string; name: string }
  | { kind: "declarator"; id: Pattern; init: Node | null; code: string }
  | { kind: "function"; node: Node; code: string }
  | { kind: "param"; name: string };

/** A place code runs in: its source, top-level bindings, and the nodes enclosing it. */
interface Scope {
  source: ChartSource;
  bindings: Map<string, Binding>;
  code: string;
  ancestors: readonly AnyNode[];
}

const modules = new Map<string, Promise<Record<string, unknown>>>();

function importModule(specifier: string, dir: string): Promise<Record<string, unknown>> {
  let target: string;
  if (specifier.startsWith(".") || specifier.startsWith("/")) {
    target = join(dir, specifier);
    const ts = target.replace(/\.js$/, ".ts");
    if (!existsSync(target) && existsSync(ts)) target = ts;
    target = pathToFileURL(target).href;
  } else if (specifier.startsWith("observablehq:")) {
    throw new Unknowable(`importa «${specifier}», que solo existe en el navegador`);
  } else target = specifier.replace(/^npm:/, "");
  let loaded = modules.get(target);
  if (!loaded) modules.set(target, (loaded = import(target)));
  return loaded;
}

const codeOf = (scope: { code: string }, node: Node) => scope.code.slice(node.start, node.end);

function patternNames(pattern: Pattern | null | undefined, names: string[] = []): string[] {
  if (!pattern) return names;
  switch (pattern.type) {
    case "Identifier":
      names.push(pattern.name);
      break;
    case "ObjectPattern":
      for (const p of pattern.properties)
        patternNames(p.type === "Property" ? (p.value as Pattern) : p, names);
      break;
    case "ArrayPattern":
      for (const p of pattern.elements) patternNames(p, names);
      break;
    case "RestElement":
      patternNames(pattern.argument, names);
      break;
    case "AssignmentPattern":
      patternNames(pattern.left, names);
      break;
  }
  return names;
}

/** The bindings a list of statements declares (a page's cells, a module's top level, a block). */
function declare(statements: readonly AnyNode[], code: string, into: Map<string, Binding>): void {
  for (let statement of statements) {
    if (statement.type === "ExportNamedDeclaration" && statement.declaration)
      statement = statement.declaration;
    if (statement.type === "ImportDeclaration") {
      for (const s of statement.specifiers) {
        const name =
          s.type === "ImportSpecifier"
            ? s.imported.type === "Identifier"
              ? s.imported.name
              : String(s.imported.value)
            : s.type === "ImportDefaultSpecifier"
              ? "default"
              : "*";
        if (!into.has(s.local.name))
          into.set(s.local.name, {
            kind: "import",
            specifier: String(statement.source.value),
            name,
          });
      }
    } else if (statement.type === "VariableDeclaration") {
      for (const d of statement.declarations)
        for (const name of patternNames(d.id))
          if (!into.has(name))
            into.set(name, { kind: "declarator", id: d.id, init: d.init ?? null, code });
    } else if (
      (statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") &&
      statement.id &&
      !into.has(statement.id.name)
    )
      into.set(statement.id.name, { kind: "function", node: statement, code });
  }
}

/** The binding of `name` where `scope` runs: inner functions and blocks first, then the top. */
function lookup(name: string, scope: Scope): { binding: Binding; scope: Scope } | null {
  for (let i = scope.ancestors.length - 1; i >= 0; i--) {
    const node = scope.ancestors[i];
    const outer: Scope = { ...scope, ancestors: scope.ancestors.slice(0, i) };
    if (node.type === "BlockStatement" || node.type === "Program") {
      const local = new Map<string, Binding>();
      declare(node.body, scope.code, local);
      const binding = local.get(name);
      if (binding)
        return { binding, scope: { ...scope, ancestors: scope.ancestors.slice(0, i + 1) } };
    }
    if (isFunction(node) && node.params.some((p) => patternNames(p).includes(name)))
      return {
        binding: { kind: "param", name },
        scope: { ...outer, ancestors: scope.ancestors.slice(0, i + 1) },
      };
  }
  const binding = scope.bindings.get(name);
  return binding ? { binding, scope: { ...scope, ancestors: [] } } : null;
}

function isFunction(node: AnyNode): node is AnyNode & FunctionNode {
  return (
    node.type === "ArrowFunctionExpression" ||
    node.type === "FunctionExpression" ||
    node.type === "FunctionDeclaration"
  );
}

/** Every value `name` can have where `scope` runs, each with the choices it fixed. */
async function resolve(name: string, scope: Scope, world: World): Promise<Outcome[]> {
  const found = lookup(name, scope);
  if (!found) {
    if (GLOBALS.has(name)) return [{ value: (globalThis as Record<string, unknown>)[name], world }];
    if (name === "width") return [{ value: BUILD_WIDTH, world }];
    throw new Unknowable(IN_BROWSER, [name]);
  }
  const { binding, scope: at } = found;
  switch (binding.kind) {
    case "import": {
      const module = await importModule(binding.specifier, at.source.dir);
      return [{ value: binding.name === "*" ? module : module[binding.name], world }];
    }
    case "function":
      return evaluate(binding.node, { ...at, code: binding.code }, world);
    case "param":
      return resolveParam(name, at, world);
    case "declarator": {
      if (!binding.init) throw new Unknowable(IN_BROWSER, [name]);
      const inner = { ...at, code: binding.code };
      const control = controlOptions(binding.init);
      let outcomes: Outcome[];
      try {
        outcomes = control
          ? await choose(binding.init, control, inner, world)
          : await evaluate(binding.init, inner, world);
      } catch (error) {
        if (!(error instanceof Unknowable)) throw error;
        // Name the page's own variable, and say how the deepest one is declared.
        const detail = error.detail || shorten(codeOf(inner, binding.init));
        throw new Unknowable(
          error.message,
          [name, ...error.chain.slice(error.detail ? 0 : 1)],
          detail,
        );
      }
      if (binding.id.type === "Identifier") return outcomes;
      // A destructuring declaration: take `name` out of the value.
      const pattern = codeOf(inner, binding.id);
      return outcomes.map(({ value, world }) => ({
        value: new Function("value", `const ${pattern} = value; return ${name};`)(value),
        world,
      }));
    }
  }
}

/**
 * The options of a control with a few values, `view(Inputs.radio(options, …))` and the like:
 * an expression giving them, or null for anything else.
 */
function controlOptions(init: Node): Node | { values: unknown[] } | null {
  let node = init as AnyNode;
  if (
    node.type === "CallExpression" &&
    ((node.callee.type === "Identifier" && node.callee.name === "view") ||
      (node.callee.type === "MemberExpression" && codeOfMember(node.callee) === "Generators.input"))
  )
    node = node.arguments[0] as AnyNode;
  if (node?.type !== "CallExpression" || node.callee.type !== "MemberExpression") return null;
  const input = codeOfMember(node.callee);
  const options = node.arguments[input === "Inputs.toggle" ? 0 : 1] as AnyNode | undefined;
  const option = (key: string) =>
    options?.type === "ObjectExpression"
      ? options.properties.find(
          (p) => p.type === "Property" && p.key.type === "Identifier" && p.key.name === key,
        )
      : undefined;
  if (input === "Inputs.toggle") {
    const values = option("values");
    return values?.type === "Property" ? (values.value as Node) : { values: [true, false] };
  }
  if ((input === "Inputs.radio" || input === "Inputs.select") && !option("multiple"))
    return node.arguments[0] as Node;
  return null;
}

function codeOfMember(node: AnyNode): string | null {
  if (node.type === "Identifier") return node.name;
  if (node.type !== "MemberExpression" || node.property.type !== "Identifier") return null;
  const object = codeOfMember(node.object);
  return object && `${object}.${node.property.name}`;
}

/** One outcome per value of a choice (a control, or an item a callback receives). */
async function choose(
  key: Node,
  options: Node | { values: unknown[] },
  scope: Scope,
  world: World,
): Promise<Outcome[]> {
  if (world.has(key)) return [{ value: world.get(key), world }];
  const lists =
    "values" in options
      ? [{ value: options.values, world }]
      : await evaluate(options as Node, scope, world);
  const outcomes: Outcome[] = [];
  for (const { value, world: w } of lists) {
    const values = value instanceof Map ? [...value.values()] : [...(value as Iterable<unknown>)];
    for (const v of values) outcomes.push({ value: v, world: new Map(w).set(key, v) });
  }
  return outcomes;
}

/** A parameter of the function around the chart: an item (and index) of an iterated array. */
async function resolveParam(name: string, scope: Scope, world: World): Promise<Outcome[]> {
  const fn = scope.ancestors.at(-1) as AnyNode & FunctionNode;
  const call = scope.ancestors.at(-2);
  const index = fn.params.findIndex((p) => p.type === "Identifier" && p.name === name);
  if (
    call?.type === "CallExpression" &&
    call.arguments[0] === fn &&
    call.callee.type === "MemberExpression" &&
    call.callee.property.type === "Identifier" &&
    ITERATORS.has(call.callee.property.name) &&
    (index === 0 || index === 1)
  ) {
    const outer = { ...scope, ancestors: scope.ancestors.slice(0, -2) };
    const outcomes: Outcome[] = [];
    for (const { value, world: w } of await evaluate(call.callee.object, outer, world)) {
      const list = [...(value as Iterable<unknown>)];
      for (const o of await choose(fn, { values: [...list.keys()] }, scope, w))
        outcomes.push({ value: index === 0 ? list[o.value as number] : o.value, world: o.world });
    }
    return outcomes;
  }
  throw new Unknowable("es un parámetro de una función: no se sabe con qué valores se la llamará", [
    name,
  ]);
}

/** Every value `node` can have where `scope` runs. */
async function evaluate(node: Node, scope: Scope, world: World): Promise<Outcome[]> {
  const names = [
    ...new Set(findReferences(node, { filterReference: () => true }).map((i) => i.name)),
  ];
  let partial: { values: unknown[]; world: World }[] = [{ values: [], world }];
  for (const name of names) {
    const next: typeof partial = [];
    for (const { values, world: w } of partial)
      for (const o of await resolve(name, scope, w))
        next.push({ values: [...values, o.value], world: o.world });
    if (next.length > MAX_VARIANTS)
      throw new Unknowable(`tiene más de ${MAX_VARIANTS} variantes (controles × elementos)`);
    partial = next;
  }
  const source = codeOf(scope, node);
  const body =
    isFunction(node as AnyNode) || node.type === "ClassDeclaration" ? `(${source})` : source;
  return partial.map(({ values, world: w }) => {
    try {
      return {
        value: new Function(...names, `"use strict"; return (${body});`)(...values),
        world: w,
      };
    } catch (error) {
      throw new Unknowable(`falla al evaluarse en Node: ${(error as Error).message}`);
    }
  });
}

/** A call to a chart maker: where it is and the spec argument. */
interface Site {
  scope: Scope;
  call: CallExpression;
  callee: string;
  spec: Node;
}

/** Parses a source into its top-level scope and the programs (cells) to search for charts. */
function parse(source: ChartSource): {
  bindings: Map<string, Binding>;
  cells: { body: Node; code: string }[];
} {
  const bindings = new Map<string, Binding>();
  const cells: { body: Node; code: string }[] = [];
  if (source.kind === "page") {
    const page = parseMarkdown(source.text, { md: createMarkdownIt(), path: `/${source.file}` });
    for (const { node } of page.code) {
      cells.push({ body: node.body, code: node.input });
      if (node.body.type === "Program") declare((node.body as Program).body, node.input, bindings);
    }
  } else {
    const code = transformSync(source.text, { loader: "ts", target: "es2022" }).code;
    const body = Parser.parse(code, { ecmaVersion: "latest", sourceType: "module" });
    cells.push({ body, code });
    declare(body.body, code, bindings);
  }
  return { bindings, cells };
}

function calleeName(call: CallExpression): string | null {
  const callee = call.callee as AnyNode;
  if (callee.type === "Identifier") return callee.name;
  if (callee.type === "MemberExpression" && callee.property.type === "Identifier")
    return callee.property.name;
  return null;
}

/** The 1-based line of `callee(` followed by the spec's first characters, as written. */
function lineOf(text: string, callee: string, spec: string, used: Set<number>): number {
  const squeeze = (s: string) => s.replace(/\s+/g, "").replace(/'/g, '"');
  const wanted = squeeze(`${callee}(${spec}`).slice(0, callee.length + 1 + 20);
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++)
    if (!used.has(i) && squeeze(lines.slice(i, i + 3).join(" ")).includes(wanted)) {
      if (!squeeze(lines[i]).includes(`${callee}(`)) continue;
      used.add(i);
      return i + 1;
    }
  return lines.findIndex((l) => l.includes(`${callee}(`)) + 1;
}

/**
 * The charts of `sources`, evaluated: their specs by key (with where each is drawn), and the
 * charts whose spec cannot be known before the page runs.
 */
export async function discoverCharts(sources: readonly ChartSource[]): Promise<Discovery> {
  const parsed = sources.map((source) => ({ source, ...parse(source) }));
  // Functions that pass a parameter to a chart maker as the spec are chart makers too.
  const makers = new Map(BASE_MAKERS);
  let sites: Site[] = [];
  for (let grew = true; grew;) {
    grew = false;
    sites = [];
    for (const { source, bindings, cells } of parsed)
      for (const cell of cells)
        ancestor(cell.body, {
          CallExpression(node, _state, ancestors) {
            const call = node as CallExpression;
            const callee = calleeName(call);
            const index = callee === null ? undefined : makers.get(callee);
            const spec = index === undefined ? undefined : call.arguments[index];
            if (!callee || !spec || spec.type === "SpreadElement") return;
            const scope: Scope = {
              source,
              bindings,
              code: cell.code,
              ancestors: ancestors.slice(0, -1) as AnyNode[],
            };
            if (spec.type === "Identifier") {
              const found = lookup(spec.name, scope);
              const fn = found?.binding.kind === "param" ? found.scope.ancestors.at(-1) : null;
              const named = fn && passThrough(fn, found!.scope.ancestors.at(-2), spec.name);
              if (named) {
                if (!makers.has(named.name)) (makers.set(named.name, named.index), (grew = true));
                return;
              }
            }
            sites.push({ scope, call, callee, spec });
          },
        });
  }

  const byKey = new Map<string, DiscoveredSpec>();
  const problems: ChartProblem[] = [];
  const usedLines = new Map<string, Set<number>>();
  for (const { scope, callee, spec } of sites) {
    const written = codeOf(scope, spec);
    const used = usedLines.get(scope.source.file) ?? new Set<number>();
    usedLines.set(scope.source.file, used);
    const site: ChartSite = {
      file: scope.source.file,
      line: lineOf(scope.source.origin ?? scope.source.text, callee, written, used),
      spec: shorten(written.replace(/\s+/g, " "), 80),
    };
    try {
      for (const { value } of await evaluate(spec, scope, new Map())) {
        if (typeof value !== "object" || value === null || Array.isArray(value))
          throw new Unknowable("no es un objeto, como lo es una especificación de vega-lite");
        const key = specKey(value);
        const entry = byKey.get(key) ?? { key, spec: value, sites: [] };
        if (!entry.sites.some((s) => s.file === site.file && s.line === site.line))
          entry.sites.push(site);
        byKey.set(key, entry);
      }
    } catch (error) {
      // Anything else that fails here (a module that cannot load in Node, say) is the chart's
      // problem too: the build goes on, and the chart compiles in the browser.
      const reason =
        error instanceof Unknowable
          ? error.explain()
          : `falla al evaluarse en Node: ${(error as Error).message}`;
      problems.push({ site, reason });
    }
  }
  return { specs: [...byKey.values()], problems };
}

/** A named function declared with `param` as its `index`-th parameter hands it on as a spec. */
function passThrough(
  fn: AnyNode | undefined,
  parent: AnyNode | undefined,
  param: string,
): { name: string; index: number } | null {
  if (!fn || !isFunction(fn)) return null;
  const index = fn.params.findIndex((p) => p.type === "Identifier" && p.name === param);
  if (index < 0) return null;
  if (fn.type === "FunctionDeclaration" && fn.id) return { name: fn.id.name, index };
  if (parent?.type === "VariableDeclarator" && parent.id.type === "Identifier")
    return { name: parent.id.name, index };
  return null;
}

/**
 * The site's own sources: every page under src/ and every TypeScript module of src/, but the
 * page the test build writes from the guide's examples (scripts/guide-examples.ts).
 */
export function siteSources(root: string): ChartSource[] {
  const src = join(root, "src");
  const fixture = join(root, FIXTURE);
  const sources: ChartSource[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".") && entry.name !== "vendor" && entry.name !== "lib")
          visit(path);
      } else if (path === fixture) {
        // The guide's examples: read from the guide itself (guideChartSource).
      } else if (
        entry.name.endsWith(".md") ||
        (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts"))
      ) {
        sources.push({
          file: relative(root, path),
          kind: entry.name.endsWith(".md") ? "page" : "module",
          text: readFileSync(path, "utf-8"),
          dir: dirname(path),
        });
      }
    }
  };
  visit(src);
  return sources;
}

/** The guide's examples as a page of charts, their lines reported in the guide itself. */
export function guideChartSource(root: string): ChartSource {
  const guide = readFileSync(join(root, GUIDE), "utf-8");
  return {
    file: GUIDE,
    kind: "page",
    text: fixturePage(guide),
    dir: join(root, dirname(FIXTURE)),
    origin: guide,
  };
}

/** Spanish: what an author does about a chart whose spec is not known at build time. */
export const CHART_FIX =
  "Qué hacer: que la especificación no dependa de nada que solo exista en el navegador (un control con muchos valores, un dato cargado, el DOM). Lo que cambia con un control o con los datos va en los datos de la gráfica (chart.update({…})) o en un parámetro de vega-lite (params, chart.signal(…)); un control de pocas opciones (Inputs.radio, Inputs.select, Inputs.toggle) sí se puede usar. Ver «Gráficas» en docs/guia-docentes.md";

/** One line per problem: «src/x.md, línea 12: la gráfica VegaChart(…) depende de …». */
export function describeProblem({ site, reason }: ChartProblem): string {
  return `${site.file}, línea ${site.line}: la especificación ${site.spec} ${reason}`;
}
