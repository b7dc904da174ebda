// The staff side on Discord: /propojit links a Discord account to a staff
// user; "Odpovědět" under a forwarded question opens a modal; the modal's
// text goes through the relay's answerQuestion and reaches the asker.
import { ComponentType, InteractionResponseType, TextInputStyle } from "discord-api-types/v10";
import type { AppDeps } from "../../deps.js";
import type { StaffUser } from "../../store/index.js";
import { answerQuestion } from "../../relay/questions.js";
import { plainMessage, type DiscordMessageData } from "./render.js";
import { markStaffPostsAnswered } from "./sender.js";
import { STAFF } from "./strings.js";

/** Who may answer, as in the Telegram staff chat and the console: garants and admins. */
async function answeringStaff(deps: AppDeps, ref: string): Promise<{ user: StaffUser } | { refusal: string }> {
  const user = await deps.store.discordStaff.staffFor(ref);
  if (!user) return { refusal: STAFF.notLinked };
  if (user.role !== "garant" && user.role !== "admin") return { refusal: STAFF.notGarant };
  return { user };
}

export const ANSWER_PREFIX = "staff:answer:";
export const MODAL_PREFIX = "staff:modal:";
const ANSWER_INPUT = "answer";

export async function linkStaff(deps: AppDeps, ref: string, code: string): Promise<DiscordMessageData> {
  const user = await deps.store.discordStaff.consumeLinkCode(code, ref);
  if (!user) return plainMessage(STAFF.badCode);
  await deps.store.audit.add({ staffId: user.id, action: "staff.discord_linked", target: null });
  return plainMessage(STAFF.linked.replace("{email}", user.email));
}

/** The response to "Odpovědět": the modal, or why not. */
export async function answerButton(deps: AppDeps, ref: string, questionId: string): Promise<object> {
  const who = await answeringStaff(deps, ref);
  if ("refusal" in who) return { type: InteractionResponseType.ChannelMessageWithSource, data: plainMessage(who.refusal) };
  const q = await deps.store.questions.get(questionId);
  if (!q) return { type: InteractionResponseType.ChannelMessageWithSource, data: plainMessage(STAFF.notFound) };
  if (q.status !== "new") return { type: InteractionResponseType.ChannelMessageWithSource, data: plainMessage(STAFF.alreadyAnswered) };
  return {
    type: InteractionResponseType.Modal,
    data: {
      custom_id: `${MODAL_PREFIX}${questionId}`,
      title: STAFF.modalTitle,
      components: [{
        type: ComponentType.ActionRow,
        components: [{
          type: ComponentType.TextInput, custom_id: ANSWER_INPUT, style: TextInputStyle.Paragraph,
          label: STAFF.modalLabel.slice(0, 45), min_length: 2, max_length: 4000, required: true,
        }],
      }],
    },
  };
}

/** The modal was sent: answer the question (this may take a while: the caller defers). */
export async function submitAnswer(deps: AppDeps, ref: string, questionId: string, text: string | undefined): Promise<DiscordMessageData> {
  const who = await answeringStaff(deps, ref);
  if ("refusal" in who) return plainMessage(who.refusal);
  const staff = who.user;
  const answer = text?.trim();
  if (!answer) return plainMessage(STAFF.notFound);
  const q = await deps.store.questions.get(questionId);
  if (!q) return plainMessage(STAFF.notFound);
  if (q.status !== "new") return plainMessage(STAFF.alreadyAnswered);
  const outcome = await answerQuestion(deps, { questionId, staffId: staff.id, text: answer });
  if (outcome === "not_found") return plainMessage(STAFF.notFound);
  await markStaffPostsAnswered(deps, questionId, staff.email).catch(() => undefined);
  return plainMessage(outcome === "queued" ? STAFF.queued : STAFF.delivered);
}

export const ANSWER_INPUT_ID = ANSWER_INPUT;
