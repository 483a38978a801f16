import type { Db } from "../db/database.ts";
import type { Executor } from "../db/prepared.ts";
import { sqlCapabilitiesOf } from "../db/sql-capabilities.ts";
import { nextSequence, takeSequenceBlock } from "./incident-counters.repository.ts";

/** The `counters` row behind incident numbers. */
export const INCIDENT_COUNTER = "incident_number";

/** A sequence number reserved for one create; `take` gives it inside the creating transaction. */
export interface SequenceTicket {
  take(trx: Executor): Promise<number>;
}

/** Numbers a PostgreSQL node takes from the counter at once (see docs/api.md, "Incident numbers"). */
export const SEQUENCE_BLOCK_SIZE = 100;

/**
 * The installation-wide sequence behind incident numbers (incident-number.ts keys and formats it).
 *
 * On SQLite the counter row is incremented inside the creating transaction: numbers without gaps, in
 * creation order. On PostgreSQL that row lock would be held until each create commits, so creates on every
 * node would queue behind one another's commits; instead each node takes a block of numbers in a short
 * transaction of its own and hands them out from memory. A number is reserved **before** the creating
 * transaction opens: fetching a block inside it could wait for a pool connection that only a finished
 * create frees. Numbers stay unique across nodes and crashes (a block is committed before use); a rolled
 * back create, or a node that stops, leaves gaps, and numbers are not in creation order across nodes.
 */
export class SequenceSource {
  private next = 1;
  private last = 0;
  private refill?: Promise<void>;

  constructor(
    private readonly db: Db,
    private readonly counter: string,
    private readonly blockSize = SEQUENCE_BLOCK_SIZE,
  ) {}

  async reserve(): Promise<SequenceTicket> {
    if (!sqlCapabilitiesOf(this.db).numbersInBlocks) {
      return { take: (trx) => nextSequence(trx, this.counter) };
    }
    while (this.next > this.last) {
      this.refill ??= this.takeBlock().finally(() => {
        this.refill = undefined;
      });
      await this.refill;
    }
    const sequence = this.next++;
    return { take: async () => sequence };
  }

  private async takeBlock(): Promise<void> {
    const last = await takeSequenceBlock(this.db, this.counter, this.blockSize);
    this.next = last - this.blockSize + 1;
    this.last = last;
  }
}
