// Time for the dispatcher: real (Date.now + timers) or simulated (sleeping
// moves the clock forward at once), so a 30 messages/s broadcast to 10,000
// people can be checked without waiting five minutes.

export interface DispatchClock {
  now(): number;
  /** Resolves after `ms`, or earlier when `signal` fires. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: DispatchClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, Math.max(0, ms));
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        resolve();
      }
      signal?.addEventListener("abort", done, { once: true });
    }),
};

export interface SimulatedClock extends DispatchClock {
  advance(ms: number): void;
}

/** A clock that only moves when someone sleeps (or calls advance). */
export function simulatedClock(start = 0): SimulatedClock {
  let t = start;
  return {
    now: () => t,
    advance(ms) {
      t += Math.max(0, ms);
    },
    sleep(ms) {
      t += Math.max(0, ms);
      // Yield to other tasks (sends in flight) without real waiting.
      return new Promise((resolve) => setImmediate(resolve));
    },
  };
}
