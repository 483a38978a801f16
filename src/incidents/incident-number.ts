/**
 * Incident numbers: "IM" + UTC yyyyMMddHHmmss + 10 digits (COC's shape), e.g. IM202403181322030178042608.
 * The 10 digits are a bijection of an installation-wide sequence number, so two incidents never share a
 * number (even within one millisecond, or across nodes sharing a database), while the suffix does not
 * reveal how many incidents the installation holds.
 */
const SUFFIX_SPACE = 10_000_000_000n;
// Odd and not a multiple of 5, hence coprime with 10^10: seq → seq·A + B (mod 10^10) is a bijection.
const MULTIPLIER = 3_141_592_653n;
const OFFSET = 1_234_567_891n;

export const INCIDENT_NUMBER_PATTERN = /^IM\d{24}$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

export function formatTimestamp(epochMs: number): string {
  const d = new Date(epochMs);
  return (
    pad(d.getUTCFullYear(), 4) +
    pad(d.getUTCMonth() + 1, 2) +
    pad(d.getUTCDate(), 2) +
    pad(d.getUTCHours(), 2) +
    pad(d.getUTCMinutes(), 2) +
    pad(d.getUTCSeconds(), 2)
  );
}

export function scrambleSequence(sequence: number): string {
  const value = (BigInt(sequence) * MULTIPLIER + OFFSET) % SUFFIX_SPACE;
  return value.toString().padStart(10, "0");
}

export function formatNumber(prefix: "IM" | "WR", epochMs: number, sequence: number): string {
  return `${prefix}${formatTimestamp(epochMs)}${scrambleSequence(sequence)}`;
}

export function formatIncidentNumber(epochMs: number, sequence: number): string {
  return formatNumber("IM", epochMs, sequence);
}
