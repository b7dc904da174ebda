// A token bucket on an injected clock: `ratePerSec` tokens a second, at most
// `burst` saved up. Refill is computed from elapsed time, so timer jitter does
// not lower the long-run rate.

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly ratePerSec: number,
    readonly burst: number,
    private readonly now: () => number,
  ) {
    if (!(ratePerSec > 0) || !(burst >= 1)) throw new Error("token bucket needs rate > 0 and burst >= 1");
    this.tokens = burst;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    if (t > this.last) {
      this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) * this.ratePerSec) / 1000);
      this.last = t;
    }
  }

  /** Takes a token and returns 0, or returns how many ms until one is available. */
  take(): number {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSec));
  }

  /** Gives back a token that was not used (the message was skipped before sending). */
  refund(): void {
    this.tokens = Math.min(this.burst, this.tokens + 1);
  }

  /** After a 429: nothing saved up any more. */
  empty(): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
  }
}
