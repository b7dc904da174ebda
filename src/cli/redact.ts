// `hlasatel redact`: lines of text on stdin -> the same lines, in the same
// order and number (empty lines kept), with personal data replaced by
// placeholders such as [jméno] or [telefon].
import { createInterface } from "node:readline";
import { redactPersonalData } from "../privacy/redact.js";
import type { CliIo } from "./io.js";

export async function redactVerb(io: CliIo): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    const ok = io.stdout.write(`${redactPersonalData(line).text}\n`);
    if (!ok) await new Promise((r) => io.stdout.once("drain", r));
  }
  return 0;
}
