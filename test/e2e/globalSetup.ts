import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { serveDist } from "../../scripts/serve-dist.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // E2E_DIST serves another build (e.g. an older one, to check a new test fails on it).
  const root = process.env.E2E_DIST ?? "dist";
  if (!existsSync(`${root}/index.html`))
    throw new Error(`${root}/ no existe: ejecuta \`npm run build\` antes.`);
  const server = await serveDist(root);
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("no se pudo iniciar el servidor");
  // "localhost" (not 127.0.0.1) is a secure context, which WebGPU requires.
  project.provide("baseUrl", `http://localhost:${address.port}`);
  return () => new Promise<void>((done) => server.close(() => done()));
}
