// Markdown of update texts rendered for the preview: raw HTML is off, so the
// text cannot inject markup; markdown-it refuses javascript: links.
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: false, breaks: true });

export function renderMarkdown(text: string): string {
  return md.render(text);
}
