// Pieces every step of the question form uses: the page frame with the form's
// stylesheet, the CSRF field, the hidden copy of what was typed (carried
// between steps so nothing is lost), and the crisis numbers.
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { KnowledgeBase } from "../../../content/types.js";
import type { WebEnv } from "../../lang.js";
import { Page } from "../../layout.js";
import { ASK_CSS_PATH, ASK_JS_PATH } from "../assets.js";
import type { AskFields } from "../form.js";

export interface AskPageProps {
  c: Context<WebEnv>;
  title: string;
  description?: string;
  noindex?: boolean;
  /** Load the small "copy the link" script. */
  script?: boolean;
  /** Pages with a ticket link: no Referer to anywhere (the header says so too). */
  noReferrer?: boolean;
  children: Child;
}

export function AskPage(props: AskPageProps) {
  return (
    <Page
      c={props.c}
      title={props.title}
      description={props.description}
      noindex={props.noindex}
      head={
        <>
          {props.noReferrer ? <meta name="referrer" content="no-referrer" /> : null}
          <link rel="stylesheet" href={ASK_CSS_PATH} />
          {props.script ? <script src={ASK_JS_PATH} defer></script> : null}
        </>
      }
    >
      {props.children}
    </Page>
  );
}

export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="csrf" value={props.token} />;
}

/** What the person typed, carried to the next step (matches → preview → edit). */
export function CarriedFields(props: { fields: AskFields }) {
  const f = props.fields;
  return (
    <>
      <input type="hidden" name="text" value={f.text} />
      <input type="hidden" name="audience" value={f.audience ?? ""} />
      <input type="hidden" name="theme" value={f.theme ?? ""} />
      <input type="hidden" name="lang" value={f.lang ?? ""} />
    </>
  );
}

/**
 * A field people never see or reach (off-screen, aria-hidden, not in the tab
 * order) that form-filling bots fill in.
 */
export function Honeypot(props: { label: string; id: string }) {
  return (
    <div class="ask-hp" aria-hidden="true">
      <label for={props.id}>{props.label}</label>
      <input type="text" id={props.id} name="website" value="" tabindex={-1} autocomplete="off" />
    </div>
  );
}

export interface CrisisLine {
  phone: string;
  label: string;
}

const CRISIS_PHONES = ["112", "156"];

/** 112 and 156 from the contacts, in the reader's language (Czech when missing). */
export function crisisLines(kb: KnowledgeBase, lang: string): CrisisLine[] {
  const lines: CrisisLine[] = [];
  for (const phone of CRISIS_PHONES) {
    const contact = kb.contacts.find((x) => x.emergency && x.phone?.replace(/\s/g, "") === phone);
    if (contact) lines.push({ phone, label: contact.role[lang] ?? contact.role.cs ?? contact.organisation });
  }
  return lines.length ? lines : [{ phone: "112", label: "" }];
}

export function CrisisBox(props: { title: string; text: string; lines: CrisisLine[] }) {
  return (
    <section class="crisis" aria-labelledby="ask-crisis">
      <h2 id="ask-crisis">{props.title}</h2>
      <p>{props.text}</p>
      <ul>
        {props.lines.map((l) => (
          <li>
            <a href={`tel:${l.phone}`}>{l.phone}</a>
            {l.label ? <span class="meta">{` ${l.label}`}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
