// Work that continues after the HTTP response (Meta wants its 200 at once;
// Discord wants an answer within 3 s). On Workers the promise is handed to
// executionCtx.waitUntil; on Node it simply runs on. Each AppDeps has one
// runner, so tests (and a graceful shutdown) can wait until all is done.
import type { Context } from "hono";
import type { AppDeps } from "../../deps.js";
import { errorKind } from "../../log.js";

export interface BackgroundRunner {
  run(c: Context | null, name: string, task: () => Promise<unknown>): void;
  /** Resolves when no background work is left (tasks started meanwhile included). */
  idle(): Promise<void>;
}

const runners = new WeakMap<AppDeps, BackgroundRunner>();

export function backgroundFor(deps: AppDeps): BackgroundRunner {
  let runner = runners.get(deps);
  if (!runner) {
    const pending = new Set<Promise<unknown>>();
    runner = {
      run(c, name, task) {
        const p: Promise<unknown> = Promise.resolve()
          .then(task)
          .catch((e) => deps.log.error("background.failed", { task: name, kind: errorKind(e) }))
          .finally(() => pending.delete(p));
        pending.add(p);
        try {
          c?.executionCtx.waitUntil(p);
        } catch {
          // Node: no execution context; the promise runs on by itself.
        }
      },
      async idle() {
        while (pending.size) await Promise.all([...pending]);
      },
    };
    runners.set(deps, runner);
  }
  return runner;
}
