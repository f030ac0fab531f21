// Framework resolves `npm:katex` to the same KaTeX as its `tex` (from the offline npm cache);
// for the type checker it is the katex package.
declare module "npm:katex" {
  export { default } from "katex";
}
