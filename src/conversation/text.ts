// Plain-text helpers shared by the core and the channel adapters.

/** Markdown of a content body → plain text a chat shows: no **bold**, no # headings; links stay as [label](url) for adapters. */
export function markdownToPlain(md: string): string {
  return md
    .replace(/\r\n/g, "\n")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?!\w)/g, "$1$2")
    .replace(/^\s*[-*+]\s+/gm, "• ")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Splits text into parts of at most `limit` characters, preferring paragraph,
 * then line, then sentence, then word boundaries. Every part is non-empty.
 */
export function splitText(text: string, limit: number): string[] {
  if (limit < 16) throw new RangeError("limit too small");
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const cut = lastBreak(window, "\n\n") ?? lastBreak(window, "\n") ?? lastBreak(window, ". ", 1) ?? lastBreak(window, " ") ?? limit;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts.length ? parts : [""];
}

/** Index after which to cut (keeping `keep` chars of the separator), or null when the break would leave a tiny part. */
function lastBreak(window: string, sep: string, keep = 0): number | null {
  const at = window.lastIndexOf(sep, window.length - 1 - keep);
  return at >= window.length / 3 ? at + keep : null;
}

/** Cuts a label to `max` characters with an ellipsis (buttons have little room). */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** UTF-8 byte length (Telegram's callback_data limit is 64 bytes). */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

const dateMemo = new Map<string, string>();
/** formatDate (Intl, slow to set up) remembered per date and language; content has few distinct dates. */
export function dateText(format: (iso: string, lang: string) => string, iso: string, lang: string): string {
  const k = `${iso}|${lang}`;
  let v = dateMemo.get(k);
  if (v === undefined) {
    if (dateMemo.size > 2000) dateMemo.clear();
    dateMemo.set(k, (v = format(iso, lang)));
  }
  return v;
}
