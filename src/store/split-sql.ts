// Splits a SQL script into single statements: migrations run them as one
// atomic batch (D1's exec() is not transactional and rejects BEGIN/COMMIT),
// and the D1 driver's exec() runs them one by one (D1's own exec() wants one
// statement per line). Understands quotes and comments; triggers (BEGIN … END
// bodies containing `;`) are refused rather than split wrongly.

export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let current = "";
  let i = 0;
  const n = script.length;
  while (i < n) {
    const ch = script[i]!;
    const next = script[i + 1];
    if (ch === "-" && next === "-") {
      const end = script.indexOf("\n", i);
      i = end < 0 ? n : end + 1;
      current += "\n";
    } else if (ch === "/" && next === "*") {
      const end = script.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
      current += " ";
    } else if (ch === "'" || ch === '"' || ch === "`" || ch === "[") {
      const close = ch === "[" ? "]" : ch;
      let j = i + 1;
      while (j < n) {
        if (script[j] === close) {
          if (close !== "]" && script[j + 1] === close) j += 2; // doubled quote
          else break;
        } else j++;
      }
      current += script.slice(i, j + 1);
      i = j + 1;
    } else if (ch === ";") {
      pushStatement(statements, current);
      current = "";
      i++;
    } else {
      current += ch;
      i++;
    }
  }
  pushStatement(statements, current);
  return statements;
}

function pushStatement(statements: string[], text: string): void {
  const sql = text.trim();
  if (!sql) return;
  if (/^create\s+(temp\s+|temporary\s+)?trigger\b/i.test(sql)) {
    throw new Error("Triggers are not supported (they cannot be split into statements safely)");
  }
  statements.push(sql);
}
