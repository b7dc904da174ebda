// createApp(deps): the Hono app. Each part of the product is a sub-app in its
// own folder, mounted here with app.route(); nothing here knows a platform.
import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps } from "./deps.js";
import { bodyLimit } from "./http/body-limit.js";
import { errorKind } from "./log.js";
import { createAskRoutes } from "./web/ask/routes.js";
import { createWebsite } from "./web/index.js";
import { createStaffConsole } from "./staff/console.js";
import { createTransparencyPage } from "./staff/transparency.js";
import { discordWebhook, discordWebhookEnabled } from "./channels/discord/index.js";
import { whatsappWebhook, whatsappWebhookEnabled } from "./channels/whatsapp/index.js";
import { telegramWebhook } from "./channels/telegram/webhook.js";

/** Nothing a person or a platform sends us is larger than this (a WhatsApp webhook batch is the largest). */
export const MAX_BODY_BYTES = 256 * 1024;

export type AppEnv = { Variables: { nonce?: string } };

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const pageHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
    referrerPolicy: "same-origin",
    crossOriginEmbedderPolicy: false,
    // A route may tighten a header for itself (the ticket page sends Referrer-Policy: no-referrer).
    overwrite: false,
  });
  // Platforms read webhook answers as data, never render them: the page headers would only cost time there.
  app.use((c, next) => (c.req.path.startsWith("/webhooks/") ? next() : pageHeaders(c, next)));
  app.use(bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text("Payload too large", 413) }));

  app.get("/healthz", async (c) => {
    const ok = await deps.store.health();
    return c.json({ ok }, ok ? 200 : 503);
  });

  // Parts mount here (one line each): web site, webhooks, staff console.
  // Webhooks before the website, so its page middlewares (language, caching) skip platform calls.
  if (deps.config.TELEGRAM_BOT_TOKEN) app.route("/webhooks/telegram", telegramWebhook(deps));
  app.route("/", createWebsite(deps));
  app.route("/", createAskRoutes(deps));
  app.route("/staff", createStaffConsole(deps));
  app.route("/prehled", createTransparencyPage(deps));
  if (whatsappWebhookEnabled(deps.config)) app.route("/webhooks/whatsapp", whatsappWebhook(deps));
  if (discordWebhookEnabled(deps.config)) app.route("/webhooks/discord", discordWebhook(deps));

  app.onError((error, c) => {
    deps.log.error("request.failed", { path: c.req.routePath, kind: errorKind(error) });
    return c.text("Internal error", 500);
  });
  return app;
}
