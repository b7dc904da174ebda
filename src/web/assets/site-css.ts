// The whole stylesheet as a string, served at /static/site.<hash>.css (and
// /static/site.css): no disk at run time, and the hash in the URL lets the
// browser keep it for a year. Mobile first, 18 px base, 44 px tap targets,
// colours with at least 4.5:1 contrast, a visible focus ring everywhere.
export const SITE_CSS = `
:root{--ink:#1a1a1a;--muted:#4a4a4a;--bg:#fff;--soft:#f3f5f7;--line:#c9ced4;--brand:#0b4f8a;--brand-ink:#fff;--link:#0a4a85;--focus:#ffbf47;--warn-bg:#fff4d6;--warn-line:#8a5a00;--danger:#a4001d;--ok:#1b5e20;--orange:#8a4500;--grey:#4a4a4a}
*,*::before,*::after{box-sizing:border-box}
html{font-size:112.5%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;font-size:1rem;line-height:1.55;color:var(--ink);background:var(--bg)}
a{color:var(--link);text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--ink);outline-offset:2px;box-shadow:0 0 0 6px var(--focus)}
h1{font-size:1.6rem;line-height:1.25;margin:.6rem 0 1rem}
h2{font-size:1.3rem;line-height:1.3;margin:1.6rem 0 .6rem}
h3{font-size:1.12rem;margin:1.2rem 0 .4rem}
p,ul,ol{margin:0 0 1rem}
li{margin:.25rem 0}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.skip{position:absolute;left:.5rem;top:-4rem;z-index:10;background:var(--ink);color:#fff;padding:.7rem 1rem;min-height:44px}
.skip:focus{top:.5rem}
.wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
.site-head{background:var(--brand);color:var(--brand-ink)}
.site-head a{color:var(--brand-ink)}
.brand{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem;padding:.6rem 1rem}
.brand-name{font-weight:700;font-size:1.15rem;text-decoration:none;display:inline-flex;align-items:center;min-height:44px}
.brand-name small{display:block;font-weight:400;font-size:.85rem}
.langs{display:flex;gap:.25rem;list-style:none;margin:0;padding:0}
.langs a{display:inline-flex;align-items:center;justify-content:center;min-width:44px;min-height:44px;padding:0 .5rem;border:2px solid transparent;border-radius:6px;font-weight:600}
.langs a[aria-current]{border-color:var(--brand-ink)}
.menu{background:#083b68}
.menu ul{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;margin:0;padding:.4rem 0}
.menu li{margin:0}
.menu a{display:inline-flex;align-items:center;min-height:44px;padding:0 .7rem;border-radius:6px;text-decoration:none;color:#fff}
.menu a[aria-current]{background:#fff;color:#083b68;font-weight:700}
.menu a.ask{background:var(--focus);color:#1a1a1a;font-weight:700}
main{padding:1rem 0 2rem}
.site-foot{background:var(--soft);border-top:1px solid var(--line);padding:1.2rem 0;font-size:.95rem}
.site-foot p{margin:.3rem 0}
.btn{display:inline-flex;align-items:center;justify-content:center;min-height:48px;padding:.5rem 1.1rem;border:2px solid var(--brand);border-radius:8px;background:var(--brand);color:#fff;font:inherit;font-weight:700;text-decoration:none;cursor:pointer}
.btn.secondary{background:#fff;color:var(--brand)}
.big-links{display:grid;grid-template-columns:1fr;gap:.6rem;list-style:none;padding:0;margin:1rem 0 1.5rem}
.big-links a{display:block;min-height:56px;padding:.8rem 1rem;border:2px solid var(--brand);border-radius:10px;text-decoration:none;font-weight:700;font-size:1.1rem;color:var(--brand);background:#fff}
.big-links a span{display:block;font-weight:400;font-size:.95rem;color:var(--muted)}
.big-links a.primary{background:var(--brand);color:#fff}
.big-links a.primary span{color:#fff}
.crisis{border:3px solid var(--danger);border-radius:10px;padding:.8rem 1rem;margin:1rem 0 1.5rem;background:#fff}
.crisis h2{margin:0 0 .4rem;color:var(--danger);font-size:1.15rem}
.crisis ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.4rem .9rem}
.crisis a{display:inline-flex;align-items:center;min-height:44px;font-weight:700;font-size:1.15rem}
.card{border:1px solid var(--line);border-radius:10px;padding:.9rem 1rem;margin:0 0 1rem;background:#fff}
.card h2,.card h3{margin-top:0}
.list{list-style:none;padding:0}
.list li{margin:0;border-bottom:1px solid var(--line)}
.list a{display:block;padding:.7rem 0;min-height:44px}
.meta{color:var(--muted);font-size:.95rem}
.note{background:var(--warn-bg);border-left:5px solid var(--warn-line);padding:.6rem .8rem;margin:0 0 1rem}
.verified{color:var(--muted);font-size:.95rem;border-top:1px solid var(--line);padding-top:.5rem;margin-top:1rem}
.badge{display:inline-block;padding:.15rem .6rem;border-radius:999px;font-weight:700;font-size:.95rem;color:#fff;background:var(--grey)}
.badge::before{content:"";display:inline-block;width:.7em;height:.7em;margin-right:.35em;border-radius:50%;background:#fff}
.v-false{background:var(--danger)}
.v-misleading{background:var(--orange)}
.v-true{background:var(--ok)}
.v-unconfirmed{background:var(--grey)}
.claim{font-weight:700;font-size:1.1rem;margin:.4rem 0}
.search{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1.5rem}
.search label{flex-basis:100%;font-weight:700}
.search input{flex:1 1 12rem;min-height:48px;padding:.5rem .7rem;font:inherit;border:2px solid var(--ink);border-radius:8px}
.result{border:3px solid var(--brand);border-radius:10px;padding:.9rem 1rem;margin:0 0 1.5rem}
.result>h2:first-child,.card>:first-child{margin-top:0}
.phases{list-style:none;padding:0;margin:0;counter-reset:phase}
.phases li{position:relative;border-left:4px solid var(--line);padding:.2rem 0 1rem 1rem;margin:0}
.phases li.current{border-left-color:var(--brand)}
.phases li.done{border-left-color:var(--ok)}
.status{display:inline-block;font-weight:700;font-size:.9rem;padding:.1rem .5rem;border:2px solid currentColor;border-radius:6px}
.tel{font-weight:700;font-size:1.1rem}
.tags{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0}
.tags a{display:inline-flex;align-items:center;min-height:44px;padding:0 .7rem;border:1px solid var(--line);border-radius:999px}
.qr-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:1rem}
.qr{text-align:center;border:1px solid var(--line);border-radius:8px;padding:.6rem}
.qr svg{width:100%;max-width:11rem;height:auto}
.qr p{margin:.3rem 0;font-size:.95rem}
.qr .url{overflow-wrap:anywhere}
.leaflet h1{font-size:2rem}
.leaflet .lead{font-size:1.25rem}
.print-hint{margin-top:1rem}
@media (min-width:40rem){
 h1{font-size:2rem}
 .big-links{grid-template-columns:1fr 1fr}
}
@media print{
 @page{size:A4;margin:14mm}
 html{font-size:13pt}
 .site-head,.site-foot,.skip,.print-hint,.no-print{display:none!important}
 main{padding:0}
 .wrap{max-width:none;padding:0}
 a{color:#000;text-decoration:none}
 .leaflet h1{font-size:26pt}
 .leaflet .lead{font-size:16pt}
 .qr{break-inside:avoid;border-color:#000}
 .crisis{border-color:#000}
 .crisis h2{color:#000}
}
`;

/** A short content hash (FNV-1a, 32 bit) so the stylesheet URL changes when it does. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export const SITE_CSS_HASH = fnv1a(SITE_CSS);
export const SITE_CSS_PATH = `/static/site.${SITE_CSS_HASH}.css`;
