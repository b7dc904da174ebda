#!/usr/bin/env node
// The `hlasatel` command. The sources are TypeScript; tsx (a runtime
// dependency) loads them, so `npx hlasatel …` works right after `npm install`.
import { register } from "tsx/esm/api";
import { fileURLToPath } from "node:url";

register();
const cli = await import(new URL("../src/cli/main.ts", import.meta.url).href);
const code = await cli.main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  packageRoot: fileURLToPath(new URL("..", import.meta.url)),
});
process.exitCode = code;
