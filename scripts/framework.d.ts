/**
 * Types for the parts of Framework's internals that the build scripts and tests use (Framework
 * ships no types for them): its markdown parser, as the build uses it, and its reference finder,
 * the one that decides a cell's inputs.
 */
declare module "@observablehq/framework/dist/markdown.js" {
  import type { Node, Program } from "acorn";
  import type MarkdownIt from "markdown-it";
  export function createMarkdownIt(options?: {
    markdownIt?: (md: MarkdownIt) => MarkdownIt;
  }): MarkdownIt;
  /** One cell of a page: its JavaScript (TypeScript already transpiled) and its syntax tree. */
  export interface MarkdownCode {
    id: string;
    node: { body: Program | Node; input: string; expression: boolean };
  }
  export function parseMarkdown(
    input: string,
    options: { md: MarkdownIt; path: string },
  ): { body: string; code: MarkdownCode[] };
}

declare module "@observablehq/framework/dist/javascript/references.js" {
  import type { Identifier, Node } from "acorn";
  /** The identifiers `node` reads that it does not declare itself. */
  export function findReferences(
    node: Node,
    options?: { filterReference?: (identifier: Identifier) => boolean },
  ): Identifier[];
}
