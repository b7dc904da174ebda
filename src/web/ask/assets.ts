// The question form's own small stylesheet and its one optional script (the
// "copy the link" button), served as files because the CSP forbids inline
// style and script. Everything works without the script. The site's colours
// come from the site stylesheet's custom properties.
export const ASK_CSS = `
.ask-form .field{margin:0 0 1.3rem}
.ask-form label,.ask-form legend{font-weight:700;display:block}
.ask-form textarea,.ask-form select{display:block;width:100%;min-height:48px;margin-top:.3rem;padding:.55rem .7rem;font:inherit;color:var(--ink);background:#fff;border:2px solid var(--ink);border-radius:8px}
.ask-form textarea{min-height:11rem;resize:vertical}
.ask-form [aria-invalid=true]{border-color:var(--danger);border-width:3px}
.ask-hint{display:block;color:var(--muted);font-size:.95rem;font-weight:400;margin:.15rem 0 0}
.ask-error{color:var(--danger);font-weight:700;margin:.4rem 0 0}
.ask-alert{border:3px solid var(--danger);border-radius:10px;padding:.7rem 1rem;margin:0 0 1.2rem;background:#fff}
.ask-alert h2{margin:0 0 .3rem;font-size:1.15rem;color:var(--danger)}
.ask-alert p{margin:0}
.ask-form fieldset{border:0;padding:0;margin:0 0 1.3rem;min-width:0}
.ask-form legend{padding:0;margin:0 0 .2rem}
.ask-form .choice{display:flex;align-items:center;gap:.7rem;min-height:48px;font-weight:400}
.ask-form .choice input{width:1.5rem;height:1.5rem;margin:0;flex:none;accent-color:var(--brand)}
.ask-hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.ask-actions{display:flex;flex-wrap:wrap;gap:.8rem;align-items:center;margin:1.2rem 0}
.ask-actions form{margin:0}
.ask-preview{white-space:pre-wrap;overflow-wrap:anywhere;border:3px solid var(--brand);border-radius:10px;padding:.9rem 1rem;margin:0 0 1rem;background:#fff;font-size:1.05rem}
.ask-ph{background:var(--focus);color:var(--ink);font-weight:700;padding:0 .2em;border-radius:4px;outline:1px dashed var(--ink)}
.ask-facts{display:grid;grid-template-columns:auto 1fr;gap:.2rem 1rem;margin:0 0 1rem}
.ask-facts dt{font-weight:700}
.ask-facts dd{margin:0}
.ask-quote{white-space:pre-wrap;overflow-wrap:anywhere;border-left:5px solid var(--line);padding:.4rem .9rem;margin:0 0 1rem;background:var(--soft)}
.ask-matches{list-style:none;padding:0;margin:0 0 1.2rem}
.ask-matches li{border:2px solid var(--brand);border-radius:10px;padding:.7rem 1rem;margin:0 0 .7rem}
.ask-matches a{font-weight:700;font-size:1.1rem;display:inline-block;min-height:44px;padding:.3rem 0}
.ask-matches p{margin:.2rem 0 0}
.ask-ticket{border:3px solid var(--ok);border-radius:10px;padding:1rem;margin:0 0 1.2rem;background:#fff}
.ask-ticket label{font-weight:700;display:block;margin-bottom:.3rem}
.ask-ticket input{display:block;width:100%;min-height:56px;padding:.5rem .7rem;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1rem;color:var(--ink);background:var(--soft);border:2px solid var(--ink);border-radius:8px}
.ask-ticket .big{font-size:1.1rem;font-weight:700;overflow-wrap:anywhere}
.ask-status{display:inline-block;font-weight:700;padding:.2rem .7rem;border-radius:999px;color:#fff;background:var(--grey)}
.ask-status.new{background:var(--orange)}
.ask-status.answered{background:var(--ok)}
.ask-answer{white-space:pre-wrap;overflow-wrap:anywhere;border-left:6px solid var(--ok);padding:.6rem 1rem;margin:0 0 1rem;background:var(--soft)}
@media print{.ask-actions,.ask-copy{display:none!important}}
`;

// Adds a "copy" button next to the ticket link; the button's words come from data attributes (no strings here).
export const ASK_JS = `(function(){
var box=document.querySelector("[data-ask-copy]");if(!box||!navigator.clipboard)return;
var input=box.querySelector("input");var b=document.createElement("button");
b.type="button";b.className="btn secondary ask-copy";b.textContent=box.getAttribute("data-copy");
var msg=document.createElement("p");msg.setAttribute("role","status");msg.className="ask-hint";
b.addEventListener("click",function(){navigator.clipboard.writeText(input.value).then(function(){msg.textContent=box.getAttribute("data-copied");});});
var wrap=document.createElement("div");wrap.className="ask-actions";wrap.appendChild(b);wrap.appendChild(msg);box.appendChild(wrap);
input.addEventListener("focus",function(){input.select();});
})();
`;

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Content-hashed paths: the browser may keep them for a year. */
export const ASK_CSS_PATH = `/ask/static/ask.${fnv1a(ASK_CSS)}.css`;
export const ASK_JS_PATH = `/ask/static/ask.${fnv1a(ASK_JS)}.js`;
