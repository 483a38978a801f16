import { after, before } from "node:test";
import { createHarness, type Harness, type HarnessOptions } from "../../testkit/harness.ts";

/**
 * One harness for the suite (or file) this is called in: a `before` hook builds it with `options`, an
 * `after` hook closes it. The harness returned reads through to the one built, so the suite's tests and the
 * hooks registered after this call use it as they would the harness itself; reading it before the suite
 * has started (while node:test collects the tests) throws instead of answering with undefined.
 */
export function useHarness(options: HarnessOptions = {}): Harness {
  let current: Harness | undefined;
  before(async () => {
    current = await createHarness(options);
  });
  after(() => current?.close());
  const harness = (): Harness => {
    if (current === undefined)
      throw new Error("useHarness(): the harness exists only in the tests and later hooks of its suite");
    return current;
  };
  return {
    get app() {
      return harness().app;
    },
    get deps() {
      return harness().deps;
    },
    get clock() {
      return harness().clock;
    },
    get tokens() {
      return harness().tokens;
    },
    get otherProjectToken() {
      return harness().otherProjectToken;
    },
    get projectId() {
      return harness().projectId;
    },
    request: (options) => harness().request(options),
    close: () => harness().close(),
  };
}
