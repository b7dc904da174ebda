// A small structured logger. It takes an event name and fields that are safe
// to log: counts, durations, entry ids, decisions, error kinds. Never message
// text, names, phone numbers or chat ids: callers pass none, and string fields
// are cut short as a last guard against accidents.
export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const MAX_STRING = 120;

export function createLogger(level: LogLevel = "info", write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const emit = (lvl: LogLevel) => (event: string, fields: LogFields = {}) => {
    if (ORDER[lvl] < ORDER[level]) return;
    const safe: LogFields = {};
    for (const [k, v] of Object.entries(fields)) safe[k] = typeof v === "string" && v.length > MAX_STRING ? `${v.slice(0, MAX_STRING)}…` : v;
    write(JSON.stringify({ t: new Date().toISOString(), level: lvl, event, ...safe }));
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** The kind of an error, safe to log (its message may quote user input). */
export function errorKind(e: unknown): string {
  if (e instanceof Error) return `${e.name}${"code" in e && typeof e.code === "string" ? `:${e.code}` : ""}`;
  return typeof e;
}
