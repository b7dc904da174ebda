// The part of a long message that asks. People write context around their
// question ("je mi 74 let, jsem vdova… Jak to se mnou bude, až se bude
// stěhovat?"); the sentences ending in a question mark say what they want to
// know, and the context words would otherwise dilute the match.

/**
 * The question sentences of a message of several sentences, joined; null when
 * the message is one sentence, has no question mark, or every sentence asks
 * (then the whole message is the question). The caller caps the text (the
 * engine reads at most MAX_QUERY_CHARS of a question).
 */
export function questionSentences(text: string): string | null {
  const parts = text.split(/(?<=[.!?…])\s+/u);
  let asking = "";
  let asked = 0, other = 0;
  for (const raw of parts) {
    const p = raw.trim();
    if (p === "") continue;
    if (p.includes("?")) { asking = asking === "" ? p : `${asking} ${p}`; asked++; } else other++;
  }
  return asked > 0 && other > 0 ? asking : null;
}

/** What `pickFocused` compares: the decisions on the whole message and on its question sentences. */
export interface Decided { id: string | null; decision: string }

/**
 * The focused decision wins only when it answers with the whole message's own
 * best entry: the context words diluted the match, they did not point
 * elsewhere ("Máme se balit? Prý to tu končí už v lednu": the asking sentence
 * alone is about moving help, the message about a rumour). Allowing any of the
 * whole message's first three entries answered no more right on the labelled
 * sets.
 */
export function pickFocused<T extends Decided>(whole: T, focused: T): T {
  if (whole.decision === "answer" || focused.decision !== "answer") return whole;
  return focused.id === whole.id ? focused : whole;
}
