// Markdown bodies (answers, rumour explanations, updates) to HTML: raw HTML
// off, links only to http(s), mailto and tel (and this site's own paths),
// nothing opens a new window. Headings shift down so a body's "##" sits under
// the page's own headings and the outline stays in order.
import MarkdownIt from "markdown-it";

type Md = InstanceType<typeof MarkdownIt>;

const SAFE_LINK = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i;

function createRenderer(): Md {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  const shift = (tokens: Array<{ tag: string }>, idx: number, env: unknown) => {
    const token = tokens[idx]!;
    const level = Number(token.tag.slice(1));
    // The body's biggest heading (# or ##) becomes headingBase; others keep their distance.
    const base = (env as { headingBase?: number } | undefined)?.headingBase ?? 2;
    token.tag = `h${Math.min(6, Math.max(base, level + base - 2))}`;
  };
  md.renderer.rules.heading_open = (tokens, idx, options, env, self) => {
    shift(tokens, idx, env);
    return self.renderToken(tokens, idx, options);
  };
  md.renderer.rules.heading_close = (tokens, idx, options, env, self) => {
    shift(tokens, idx, env);
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

let renderer: Md | null = null;
const cache = new Map<string, string>();
const CACHE_MAX = 2000;

/** HTML for a Markdown body; `headingBase` is the level a "##" becomes (2 on a page of its own, 3 inside a list). */
export function renderMarkdown(source: string, headingBase = 2): string {
  const key = `${headingBase}\u0000${source}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  renderer ??= createRenderer();
  const html = renderer.render(source, { headingBase });
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, html);
  return html;
}
