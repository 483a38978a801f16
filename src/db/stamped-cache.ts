import { LRUCache } from "lru-cache";
import { type ChangeStamp, changeStampOf } from "./change-stamp.ts";

export interface StampedAnswer {
  /** The database's change stamp read before the answer's data was (change-stamp.ts). */
  stamp: string;
  body: Buffer | string;
  contentType: string;
}

/**
 * Answers kept with the change stamp read before their data was read, each valid only while the stamp is
 * still that one (http/answer-cache.ts uses it for the console's repeated list reads). Bounded in bytes:
 * least recently used answers leave first; one larger than an eighth of the budget is not kept (it would
 * push out many others).
 */
export class StampedCache {
  readonly #answers: LRUCache<string, StampedAnswer>;
  readonly stamp: ChangeStamp;

  constructor(stamp: ChangeStamp, maxBytes: number) {
    this.stamp = stamp;
    this.#answers = new LRUCache<string, StampedAnswer>({
      maxSize: maxBytes,
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
      sizeCalculation: (answer, key) =>
        key.length * 2 + (typeof answer.body === "string" ? answer.body.length * 2 : answer.body.length),
    });
  }

  /** The answer kept for `key` if it was read at `stamp`. */
  get(key: string, stamp: string): StampedAnswer | undefined {
    const answer = this.#answers.get(key);
    return answer?.stamp === stamp ? answer : undefined;
  }

  keep(key: string, answer: StampedAnswer): void {
    this.#answers.set(key, answer);
  }
}

/** A cache of `maxBytes` for `db`, or undefined: none configured (0), or no change stamp (PostgreSQL). */
export function stampedCacheFor(
  db: { getExecutor(): { adapter: object } },
  maxBytes: number,
): StampedCache | undefined {
  const stamp = changeStampOf(db);
  return stamp && maxBytes > 0 ? new StampedCache(stamp, maxBytes) : undefined;
}
