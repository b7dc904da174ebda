// Per-channel sending limits (DESIGN.md "Platform rules"). Configurable so
// tests and benches can run at other rates.
import type { BotChannel } from "../store/index.js";

export interface ChannelLimits {
  /** Messages a second, all chats together. */
  ratePerSec: number;
  /** Messages that may go out at once after a quiet spell. */
  burst: number;
  /** Minimum gap between two messages to the same chat (Telegram: 1 s). 0 = none. */
  perAddressIntervalMs: number;
  /** Sends in flight at the same time (needed to reach the rate over network latency). */
  maxInFlight: number;
  /**
   * At most this many sends in any sliding second (0 = no such cap). With it
   * the bucket may carry a small burst to make up for late timers without
   * ever exceeding what a platform counting per second allows.
   */
  windowPerSec: number;
}

// The bucket runs at the platform's rate with a small burst (to make up for
// timers that fire late); the sliding-second cap keeps even a strict
// per-second count within the platform's figure.
export const DEFAULT_LIMITS: Record<BotChannel, ChannelLimits> = {
  // Telegram: ~30 messages/s to different chats, ~1/s to one chat.
  telegram: { ratePerSec: 30, burst: 3, windowPerSec: 30, perAddressIntervalMs: 1000, maxInFlight: 16 },
  // WhatsApp Cloud API: 80 messages/s per business number.
  whatsapp: { ratePerSec: 80, burst: 4, windowPerSec: 80, perAddressIntervalMs: 0, maxInFlight: 32 },
  // Discord: 50 requests/s global; per-route limits arrive as 429 + retry_after (the sender reports rate_limited).
  discord: { ratePerSec: 50, burst: 3, windowPerSec: 50, perAddressIntervalMs: 0, maxInFlight: 16 },
};

export function resolveLimits(overrides: Partial<Record<BotChannel, Partial<ChannelLimits>>> = {}): Record<BotChannel, ChannelLimits> {
  const out = { ...DEFAULT_LIMITS };
  for (const channel of Object.keys(out) as BotChannel[]) {
    out[channel] = { ...DEFAULT_LIMITS[channel], ...overrides[channel] };
  }
  return out;
}
