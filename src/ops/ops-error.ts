/**
 * An installation-level operation (backup, restore, migrate-to, taking the server's port) refused or failed for a reason the
 * operator can act on; the CLI prints the message alone, without a stack.
 */
export class OpsError extends Error {}
