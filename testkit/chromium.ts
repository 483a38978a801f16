import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (apt-get install -y chromium): the console's browser tests and `npm run bench` use it. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Debian's Chromium, headless. The flags keep it off the network (it would call Google's update, sync and
 * safe-browsing hosts otherwise); --no-sandbox because CI runs as root.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the console's browser tests need Debian's chromium (apt-get install -y chromium; .ci/run installs it)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
