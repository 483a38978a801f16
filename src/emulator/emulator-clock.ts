import type { Clock } from "../clock.ts";

/**
 * The emulator's virtual clock (docs/emulator.md): the machine's time plus an offset, or a frozen instant.
 * Everything that reads `deps.clock` follows it: creation and history times, incident numbers, rate
 * limits, the AK/SK clock-skew check, token and session expiry, transfer-rule leases, escalation and
 * webhook-retry timers. Listeners are told after every change (the emulator wakes its background loops).
 */
export class EmulatorClock implements Clock {
  private offsetMs = 0;
  private frozenAt: number | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly wall: () => number = Date.now) {}

  now(): number {
    return this.frozenAt ?? this.wall() + this.offsetMs;
  }

  get frozen(): boolean {
    return this.frozenAt !== undefined;
  }

  /** Moves the clock to `epochMs`; a frozen clock stays frozen there. */
  set(epochMs: number): void {
    if (this.frozenAt !== undefined) this.frozenAt = epochMs;
    else this.offsetMs = epochMs - this.wall();
    this.changed();
  }

  advance(ms: number): void {
    this.set(this.now() + ms);
  }

  /** Stops the clock at its current instant (true), or lets it run on from there (false). */
  freeze(frozen: boolean): void {
    if (frozen && this.frozenAt === undefined) this.frozenAt = this.now();
    else if (!frozen && this.frozenAt !== undefined) {
      this.offsetMs = this.frozenAt - this.wall();
      this.frozenAt = undefined;
    }
    this.changed();
  }

  /** Back to the machine's time, running (a reset does this). */
  restore(): void {
    this.offsetMs = 0;
    this.frozenAt = undefined;
    this.changed();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
