// Splits a Markdown file into YAML frontmatter and body, and parses the YAML
// with line numbers so that errors can point at the offending key.
import { LineCounter, parseDocument, isMap, isScalar, type Document } from "yaml";

export interface ParsedYaml {
  data: unknown;
  /** 1-based line in the original file of the key at a path, if it exists. */
  lineOf(path: (string | number)[]): number | undefined;
  errors: { line: number; message: string }[];
}

export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const errors = doc.errors.map((e) => ({
    line: lineCounter.linePos(e.pos[0]).line + firstLine - 1,
    message: e.message.split("\n")[0] ?? e.message,
  }));
  const lineOf = (path: (string | number)[]): number | undefined => {
    // Point at the key when the path ends at a map key, else at the value.
    for (let depth = path.length; depth > 0; depth--) {
      const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
      const key = path[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (range) return lineCounter.linePos(range[0]).line + firstLine - 1;
      }
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { data: errors.length ? undefined : doc.toJS({ maxAliasCount: 50 }), lineOf, errors };
}

export interface SplitMarkdown {
  yaml: string;
  body: string;
  /** Line of the file on which the YAML starts (the line after the opening ---). */
  yamlFirstLine: number;
}

/** Returns null when the file does not start with a `---` frontmatter block. */
export function splitFrontmatter(text: string): SplitMarkdown | null {
  const src = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = src.split("\n");
  if (lines[0]?.trim() !== "---") return null;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (end < 0) return null;
  return {
    yaml: lines.slice(1, end).join("\n"),
    body: lines.slice(end + 1).join("\n").trim(),
    yamlFirstLine: 2,
  };
}
