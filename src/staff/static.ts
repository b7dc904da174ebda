// The console's stylesheet and its one optional script, served from
// /staff/static/ (CSP: style-src/script-src 'self'; nothing inline).
export const STAFF_CSS_PATH = "/staff/static/staff.css";
export const STAFF_JS_PATH = "/staff/static/staff.js";

export const STAFF_CSS = `
:root { --ink:#1a1a1a; --muted:#555; --line:#ccc; --accent:#0b5394; --bg:#fafafa; --ok:#2e7d32; --bad:#b3261e; }
* { box-sizing: border-box; }
body { margin:0; font:16px/1.5 system-ui, sans-serif; color:var(--ink); background:var(--bg); }
a { color:var(--accent); }
a:focus, button:focus, input:focus, select:focus, textarea:focus { outline:3px solid #f9a825; outline-offset:1px; }
.skip { position:absolute; left:-999px; } .skip:focus { left:8px; top:8px; background:#fff; padding:4px; }
header.top { background:#12355b; color:#fff; padding:8px 16px; display:flex; flex-wrap:wrap; gap:12px; align-items:center; }
header.top a { color:#fff; } header.top nav ul { list-style:none; display:flex; flex-wrap:wrap; gap:14px; margin:0; padding:0; }
header.top nav a[aria-current=page] { font-weight:bold; text-decoration:underline; }
header.top ul.langs { list-style:none; display:flex; gap:8px; margin:0; padding:0; }
header.top ul.langs a[aria-current=true] { font-weight:bold; }
header.top .who { margin-left:auto; display:flex; gap:8px; align-items:center; }
header.top .who button { background:none; border:1px solid #fff; color:#fff; padding:2px 8px; cursor:pointer; }
main { max-width:1100px; margin:0 auto; padding:16px; }
h1 { font-size:1.5rem; margin-top:0; } h2 { font-size:1.2rem; }
table { border-collapse:collapse; width:100%; background:#fff; } th, td { border-bottom:1px solid var(--line); padding:6px; text-align:left; vertical-align:top; }
form.inline { display:inline; } .row { display:flex; flex-wrap:wrap; gap:12px; align-items:flex-end; }
label { display:block; font-weight:600; margin:8px 0 2px; } fieldset { border:1px solid var(--line); margin:8px 0; }
fieldset label { display:inline-block; font-weight:normal; margin-right:12px; }
input[type=text], input[type=email], input[type=password], input[type=datetime-local], select, textarea { font:inherit; padding:6px; border:1px solid #888; max-width:100%; }
textarea { width:100%; min-height:8em; }
button, .button { font:inherit; background:var(--accent); color:#fff; border:0; padding:6px 14px; cursor:pointer; text-decoration:none; display:inline-block; }
button.secondary { background:#fff; color:var(--accent); border:1px solid var(--accent); }
button.danger { background:var(--bad); }
.card { background:#fff; border:1px solid var(--line); padding:12px; margin:12px 0; }
.muted { color:var(--muted); } .notice { background:#e8f5e9; border-left:4px solid var(--ok); padding:8px; }
.error { background:#fdecea; border-left:4px solid var(--bad); padding:8px; }
.question { white-space:pre-wrap; font-size:1.05rem; }
.preview { border:1px dashed #888; background:#fff; padding:12px; max-width:36em; }
progress { width:100%; max-width:36em; height:1.4em; }
svg text { font:12px system-ui, sans-serif; fill:#222; }
.grid { display:grid; grid-template-columns:repeat(auto-fit, minmax(320px, 1fr)); gap:16px; }
.figure { font-size:2rem; font-weight:bold; }
.diff { font:14px/1.4 ui-monospace, monospace; white-space:pre-wrap; } .diff td { border:0; padding:0 6px; }
.diff .d-add { background:#e6ffec; } .diff .d-del { background:#ffebe9; } .diff .mark { width:1.5em; font-weight:bold; }
textarea.source { font:14px/1.4 ui-monospace, monospace; min-height:24em; }
.problems li { margin:4px 0; }
`;

/** Progress pages also refresh through <meta http-equiv=refresh>; this only makes the refresh smoother. */
export const STAFF_JS = `
(function () {
  var el = document.querySelector("[data-progress-url]");
  if (!el) return;
  var url = el.getAttribute("data-progress-url");
  var timer = setInterval(function () {
    fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (p) {
      var bar = el.querySelector("progress");
      if (bar) { bar.max = Math.max(1, p.total); bar.value = p.sent + p.failed; }
      ["sent", "failed", "left", "total"].forEach(function (k) {
        var s = el.querySelector("[data-k=" + k + "]"); if (s) s.textContent = String(p[k]);
      });
      if (p.left === 0) clearInterval(timer);
    }).catch(function () {});
  }, 2000);
})();
`;
