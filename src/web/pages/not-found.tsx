// The 404 page, inside the normal layout so the menu still helps.
import type { Context } from "hono";
import type { WebEnv } from "../lang.js";
import { Page } from "../layout.js";

export function notFoundPage(c: Context<WebEnv>) {
  const t = c.get("t");
  c.header("Cache-Control", "no-store");
  return c.html(
    <Page c={c} title={t("web:notFound.title")} noindex>
      <h1>{t("web:notFound.title")}</h1>
      <p>{t("web:notFound.text")}</p>
      <p>
        <a class="btn" href="/">{t("web:notFound.home")}</a>
      </p>
    </Page>,
    404,
  );
}
