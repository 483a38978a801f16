/** Failed signatures per access key and source address (verify.ts): five in a row lock that pair. */
export interface SignatureFailureTable {
  access_key: string;
  /** The client address (an IPv6 client's /64), as sourceOf() writes it. */
  source: string;
  failures: number;
  locked_until: number | null;
  updated_at: number;
}

/** Signatures of state-changing requests already accepted, kept until their X-Sdk-Date leaves the window. */
export interface SeenSignatureTable {
  /** SHA-256 (hex) of the access key and the signature. */
  signature_hash: string;
  expires_at: number;
}
