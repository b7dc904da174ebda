// What the CLI touches of the outside world, passed in so tests can drive it.
import type { Readable, Writable } from "node:stream";

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The package's own folder (for bin/hlasatel.js and bundled files). */
  packageRoot: string;
}

export function out(io: CliIo, text: string): void {
  io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

export function err(io: CliIo, text: string): void {
  io.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
}

export class UsageError extends Error {}
