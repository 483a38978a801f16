import { createCipheriv, hkdfSync } from "node:crypto";

/**
 * Incident numbers: "IM" + UTC yyyyMMddHHmmss + 10 digits (COC's shape), e.g. IM202403181322030178042608;
 * WarRoom numbers the same with "WR". The 10 digits are a keyed permutation of an installation-wide
 * sequence number (one counter for all projects), so two numbers never share a suffix within one counter
 * (even within one millisecond, or across nodes sharing a database). The key is secret: without it a tenant
 * cannot map its own numbers back to the counter and so cannot tell how many incidents other projects
 * create. (The affine scramble used before had public constants and could be inverted by anyone.)
 */
export interface NumberSuffixes {
  /** The 10-digit suffix of a sequence number (taken modulo 10^10). */
  of(sequence: number): string;
}

const SPACE = 10_000_000_000;
/** The permutation works on two base-10^5 halves: 10^10 = 10^5 · 10^5, so no cycle-walking is needed. */
const HALF = 100_000;
/** As NIST's FF1 (a Feistel network over digit strings) uses; each round costs one AES block. */
const ROUNDS = 10;
/** Binds the sub-key to this one use, so the master key itself never keys anything but the secret box. */
const SUBKEY_INFO = "incidentd/incident-number-suffix/v1";

export const INCIDENT_NUMBER_PATTERN = /^IM\d{24}$/;

/**
 * A balanced Feistel network over [0, 10^10) with addition modulo 10^5 (FF1's structure); the round
 * function is AES-128 (key derived from the master key with HKDF-SHA256) of the round number and the right
 * half. A Feistel network is a bijection whatever its round function, so distinct sequence numbers always
 * get distinct suffixes. The key schedule is computed once: a suffix costs ten one-block AES calls.
 */
export function createNumberSuffixes(masterKey: Buffer): NumberSuffixes {
  const subKey = Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), SUBKEY_INFO, 16));
  // ECB over single blocks is the raw block cipher (a PRF here); the context is reused, never finalised.
  const cipher = createCipheriv("aes-128-ecb", subKey, null).setAutoPadding(false);
  const block = Buffer.alloc(16);
  const round = (index: number, right: number) => {
    block.writeUInt8(index, 0);
    block.writeUInt32BE(right, 1);
    return cipher.update(block).readUInt32BE(0) % HALF;
  };
  return {
    of(sequence) {
      const value = sequence % SPACE;
      let left = Math.floor(value / HALF);
      let right = value % HALF;
      for (let i = 0; i < ROUNDS; i++) {
        const next = (left + round(i, right)) % HALF;
        left = right;
        right = next;
      }
      return String(left * HALF + right).padStart(10, "0");
    },
  };
}

/** Derives the permutation on first use (the master key is loaded then, not at start-up). */
export function lazyNumberSuffixes(loadMasterKey: () => Buffer): NumberSuffixes {
  let suffixes: NumberSuffixes | undefined;
  return {
    of(sequence) {
      suffixes ??= createNumberSuffixes(loadMasterKey());
      return suffixes.of(sequence);
    },
  };
}

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

export function formatNumber(
  prefix: "IM" | "WR",
  epochMs: number,
  sequence: number,
  suffixes: NumberSuffixes,
): string {
  return `${prefix}${formatTimestamp(epochMs)}${suffixes.of(sequence)}`;
}

export function formatIncidentNumber(epochMs: number, sequence: number, suffixes: NumberSuffixes): string {
  return formatNumber("IM", epochMs, sequence, suffixes);
}
