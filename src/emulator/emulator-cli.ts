import { UsageError } from "../cli/context.ts";
import { type RunningEmulator, startEmulator } from "./emulator-server.ts";

/** The banner `incidentd emulator` prints: everything a test needs to call it. */
export function emulatorBanner(
  running: RunningEmulator,
  persistDir: string | undefined,
  startMs: number,
): string {
  const { endpoint, credentials } = running;
  return [
    `incidentd emulator listening on ${endpoint} (${persistDir ? `state kept in ${persistDir}` : "in memory"}, started in ${startMs} ms)`,
    "",
    `  endpoint:    ${endpoint}`,
    `  project id:  ${credentials.projectId}`,
    `  token:       ${credentials.token}          (X-Auth-Token header, role admin)`,
    `  access key:  ${credentials.accessKey}`,
    `  secret key:  ${credentials.secretKey}`,
    "",
    `  control:     ${endpoint}/incidentd/v1/emulator/{reset,seed,clock,faults,journal}   (docs/emulator.md)`,
    "",
  ].join("\n");
}

/** `incidentd emulator [--port N] [--persist DIR]`: runs until SIGINT or SIGTERM. */
export async function runEmulator(flags: { port?: string; persist?: string }): Promise<void> {
  const started = performance.now();
  if (flags.port !== undefined && !/^\d{1,5}$/.test(flags.port))
    throw new UsageError(`--port must be a port number, got "${flags.port}"`);
  const port = flags.port === undefined ? Number(process.env.PORT ?? 8080) : Number(flags.port);
  if (!Number.isInteger(port) || port > 65535)
    throw new UsageError(`--port must be at most 65535, got ${port}`);
  const running = await startEmulator({ port, persistDir: flags.persist });
  process.stdout.write(emulatorBanner(running, flags.persist, Math.round(performance.now() - started)));
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
