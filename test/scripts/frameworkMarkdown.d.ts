/** Framework's markdown parser, as the build uses it (it ships no types for its internals). */
declare module "@observablehq/framework/dist/markdown.js" {
  import type MarkdownIt from "markdown-it";
  export function createMarkdownIt(options?: {
    markdownIt?: (md: MarkdownIt) => MarkdownIt;
  }): MarkdownIt;
  export function parseMarkdown(
    input: string,
    options: { md: MarkdownIt; path: string },
  ): { body: string; code: unknown[] };
}
