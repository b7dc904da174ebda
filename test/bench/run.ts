// `npm run bench`: runs every test/bench/*-bench.ts (each exports
// run(): Promise<Record<string, number | string>>) in this process, one after
// another, and prints their figures. `npm run bench -- engine web` runs only
// the benches whose file name starts with one of the given words.
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((f) => f.endsWith("-bench.ts"))
  .filter((f) => !only.length || only.some((w) => f.startsWith(w)))
  .sort();

console.log(`node ${process.version}, ${new Date().toISOString()}`);
let failed = 0;
for (const file of files) {
  const t0 = performance.now();
  try {
    const mod = (await import(new URL(file, import.meta.url).href)) as { run: () => Promise<Record<string, number | string>> };
    const figures = await mod.run();
    console.log(`\n## ${file.replace(/-bench\.ts$/, "")} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(40)} ${v}`);
  } catch (e) {
    failed++;
    console.log(`\n## ${file}: FAILED ${(e as Error).stack ?? e}`);
  }
}
process.exitCode = failed ? 1 : 0;
