/**
 * Lets requests run together, and a reset or seed run alone: `exclusive` waits until requests in flight
 * have answered and holds new ones until it is done, so no request sees a half-reset database.
 */
export class RequestGate {
  #active = 0;
  #exclusive: Promise<void> | undefined;
  #idle: Array<() => void> = [];

  /** Waits while a reset runs, then counts the request in; call the returned function when it ends. */
  async enter(): Promise<() => void> {
    while (this.#exclusive) await this.#exclusive;
    this.#active += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.#active -= 1;
      if (this.#active === 0) for (const wake of this.#idle.splice(0)) wake();
    };
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.#exclusive) await this.#exclusive;
    let finish: () => void = () => {};
    this.#exclusive = new Promise((resolve) => {
      finish = resolve;
    });
    try {
      if (this.#active > 0) await new Promise<void>((resolve) => this.#idle.push(resolve));
      return await work();
    } finally {
      this.#exclusive = undefined;
      finish();
    }
  }
}
