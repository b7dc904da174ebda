// News subscriptions by audience and language: opt in with a button, /stop
// to end. The address (chat id) is stored only in the subscription row.
import { AUDIENCES, type Audience } from "../store/index.js";
import { action, backToMenu, type Reply, type Turn } from "./turn.js";

export async function subscriptionMenu(turn: Turn): Promise<Reply> {
  const { t, deps, event } = turn;
  const existing = await deps.store.subscriptions.get(event.channel, event.userRef);
  if (existing?.active) {
    return [{ text: t("bot:sub.already"), buttons: [action(t("bot:sub.stop"), "sub:stop"), backToMenu(t)] }];
  }
  // Opting in is one press: the person says who they are, which picks the news they get.
  return [{ text: t("bot:sub.prompt"), buttons: AUDIENCES.map((a) => action(t(`bot:who.${a}`), `sub:${a}`)) }];
}

export async function subscribe(turn: Turn, audience: Audience): Promise<Reply> {
  const { t, deps, event } = turn;
  await deps.store.subscriptions.subscribe({
    channel: event.channel, userRef: event.userRef, address: event.address, audience, lang: turn.lang,
  });
  turn.audience = audience;
  turn.patch.audience = audience;
  deps.log.info("subscription.on", { channel: event.channel, audience, lang: turn.lang });
  return [{ text: t("bot:sub.on"), buttons: [backToMenu(t)] }];
}

export async function unsubscribe(turn: Turn): Promise<Reply> {
  const { t, deps, event } = turn;
  const stopped = await deps.store.subscriptions.unsubscribe(event.channel, event.userRef);
  return [{ text: t(stopped ? "bot:sub.off" : "bot:sub.notSubscribed"), buttons: [backToMenu(t)] }];
}
