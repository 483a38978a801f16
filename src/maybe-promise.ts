/**
 * A value now, or later. Prepared queries answer synchronously when SQLite ran them on the spot, so a hot
 * read path that passes the value on with `mapMaybe` allocates no promise (docs/storage.md); `await` works
 * on both.
 */
export type MaybePromise<T> = T | Promise<T>;

/** Applies `map` at once to a value, or once a promise of it settles; `map` may itself answer later. */
export function mapMaybe<T, U>(value: MaybePromise<T>, map: (value: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(map) : map(value);
}
