// Turns zod issues into content problems that say what to do.
import type { z } from "zod";
import type { ContentProblem } from "./types.js";
import type { ParsedYaml } from "./frontmatter.js";

function hintFor(issue: z.core.$ZodIssue, allowedKeys: string[]): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `remove it or fix its spelling; allowed keys: ${allowedKeys.join(", ")}`;
    case "invalid_type":
      return issue.input === undefined ? "add this key" : `write it as ${issue.expected === "array" ? "a YAML list" : `a ${issue.expected}`}`;
    case "invalid_value":
      return `use one of: ${issue.values.map(String).join(", ")}`;
    case "too_small":
      return "it must not be empty";
    case "invalid_format":
    case "custom":
      return "correct the value as the message says";
    default:
      return "correct the value";
  }
}

export function zodProblems(
  file: string,
  error: z.ZodError,
  yaml: ParsedYaml,
  allowedKeys: string[],
): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const keys = issue.code === "unrecognized_keys" ? issue.keys : [undefined];
    for (const extra of keys) {
      const fullPath = extra === undefined ? path : [...path, extra];
      const key = fullPath.length ? fullPath.join(".") : undefined;
      const line = fullPath.length ? yaml.lineOf(fullPath) : undefined;
      const message =
        issue.code === "unrecognized_keys"
          ? `unknown key "${extra}"`
          : issue.code === "invalid_type" && issue.input === undefined
            ? `required key "${key}" is missing`
            : issue.message;
      out.push({ file, ...(line ? { line } : {}), ...(key ? { key } : {}), message, hint: hintFor(issue, allowedKeys) });
    }
  }
  return out;
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const key = p.key ? ` [${p.key}]` : "";
  return `${where}${key}: ${p.message}. ${p.hint ? `Fix: ${p.hint}.` : ""}`.replace(/\.\./g, ".");
}
