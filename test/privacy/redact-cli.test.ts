// `hlasatel redact` through the real command: lines in, the same number of
// lines out, in order, empty lines kept.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

function runRedact(input: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["bin/hlasatel.js", "redact"], { cwd: root });
    let out = "", err = "";
    p.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    p.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    p.on("error", reject);
    p.on("close", (code) => resolve({ code, out, err }));
    p.stdin.end(input);
  });
}

it("redacts line by line, keeping count, order and empty lines", async () => {
  const lines = ["Jmenuju se Pavla Kučerová, tel. 608 555 444", "", "Kdy bude schůze v Drahomíře?", "email: k.novak@email.cz", ""];
  const { code, out } = await runRedact(lines.join("\n") + "\n");
  expect(code).toBe(0);
  // One output line per input line, each ending in a new line.
  expect(out).toBe(
    ["Jmenuju se [jméno], tel. [telefon]", "", "Kdy bude schůze v Drahomíře?", "email: [e-mail]", ""].join("\n") + "\n",
  );
});

it("a last line without a new line still comes out", async () => {
  const { out } = await runRedact("pokoj 214");
  expect(out).toBe("pokoj [číslo bytu]\n");
});
