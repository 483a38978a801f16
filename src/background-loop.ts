import type { FastifyBaseLogger } from "fastify";

export interface BackgroundLoop {
  /** Runs a pass now (or right after the current one). */
  wake(): void;
  /** Stops polling and waits for the current pass. */
  stop(): Promise<void>;
}

/**
 * A node's background loop: a pass at start, whenever woken, and every `pollMs`; one pass at a time
 * (a wake during a pass runs another right after). A failed pass is logged and retried at the next poll.
 */
export function startBackgroundLoop(options: {
  name: string;
  pollMs: number;
  log: Pick<FastifyBaseLogger, "warn">;
  pass: () => Promise<void>;
}): BackgroundLoop {
  let stopped = false;
  let again = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(wake, options.pollMs);
    timer.unref();
  };
  const loop = async () => {
    do {
      again = false;
      await options.pass();
    } while (again && !stopped);
  };
  function wake(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = loop()
      .catch((err: unknown) => options.log.warn({ err }, `${options.name} pass failed; retrying`))
      .finally(() => {
        running = undefined;
        schedule();
      });
  }
  wake();
  return {
    wake,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
