// /letak: a printable A4 leaflet per language for the notice board, with QR
// codes (inline SVG) for the web form and each chat bot in site.yml.
import type { Context } from "hono";
import { raw } from "hono/html";
import QRCode from "qrcode";
import type { AppDeps } from "../../deps.js";
import { UI_LANGUAGES } from "../../i18n.js";
import type { WebEnv } from "../lang.js";
import { Page } from "../layout.js";
import { telHref } from "./info.js";

const qrCache = new Map<string, string>();

/** An SVG QR code for a URL (cached: the same few URLs are asked for again and again). */
export async function qrSvg(url: string): Promise<string> {
  const hit = qrCache.get(url);
  if (hit) return hit;
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  if (qrCache.size > 100) qrCache.clear();
  qrCache.set(url, svg);
  return svg;
}

const POINTS = ["web:leaflet.point1", "web:leaflet.point2", "web:leaflet.point3", "web:leaflet.point4", "web:leaflet.point5"] as const;

interface Target { label: string; url: string; svg: string }

export async function leafletPage(c: Context<WebEnv>, deps: AppDeps) {
  const t = c.get("t");
  const lang = c.get("lang");
  const { kb } = deps.knowledge.current();
  const origin = deps.config.PUBLIC_URL ?? new URL(c.req.url).origin;
  const links: Array<{ label: string; url: string }> = [{ label: t("web:leaflet.web"), url: `${origin}/ask?lang=${lang}` }];
  const channels = kb.site?.channels;
  for (const name of ["telegram", "whatsapp", "discord"] as const) {
    const url = channels?.[name];
    if (url) links.push({ label: t(`web:leaflet.${name}`), url });
  }
  const targets: Target[] = await Promise.all(links.map(async (l) => ({ ...l, svg: await qrSvg(l.url) })));
  const crisis = kb.contacts.filter((k) => k.emergency && k.phone).slice(0, 4);
  return c.html(
    <Page c={c} title={t("web:leaflet.title")} description={t("web:leaflet.description")} bodyClass="leaflet">
      <h1>{t("web:leaflet.heading")}</h1>
      {kb.site ? <p class="lead">{kb.site.building.name}</p> : null}
      <p class="lead">{t("web:leaflet.lead")}</p>
      <ul class="lead">
        {POINTS.map((k) => (
          <li>{t(k)}</li>
        ))}
      </ul>
      <p class="lead">
        <strong>{origin.replace(/^https?:\/\//, "")}</strong>
      </p>
      <div class="qr-grid">
        {targets.map((q) => (
          <div class="qr">
            <div role="img" aria-label={t("web:leaflet.qr", { url: q.url })}>{raw(q.svg)}</div>
            <p><strong>{q.label}</strong></p>
            <p class="url">{q.url}</p>
          </div>
        ))}
      </div>
      {crisis.length ? (
        <section class="crisis" aria-labelledby="crisis">
          <h2 id="crisis">{t("web:home.crisisTitle")}</h2>
          <ul>
            {crisis.map((k) => (
              <li>
                <a href={telHref(k.phone!)}>{k.phone}</a> {k.organisation}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div class="print-hint">
        <p>{t("web:leaflet.print")}</p>
        <p>
          {t("web:leaflet.other")}{" "}
          {UI_LANGUAGES.filter((l) => l !== lang).map((l) => (
            <>
              <a href={`/letak?lang=${l}`} lang={l} hreflang={l}>{t(`web:lang.${l}`)}</a>{" "}
            </>
          ))}
        </p>
      </div>
    </Page>,
  );
}
