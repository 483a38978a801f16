/**
 * The mean and percentiles of the durations of one bucket and group (docs/analytics.md), computed here
 * from the list the database hands over rather than by it: SQLite's `percentile` and PostgreSQL's
 * `percentile_cont` each collect and sort the values once per figure, four times per group, and each
 * further aggregate costs the database as much again per row; one list per duration gives them all.
 */

/**
 * The numbers of a list as the database writes it (the `numberList` aggregate, db/sql-capabilities.ts):
 * decimal numbers separated by commas, or null for none. JSON.parse reads them natively, several times
 * faster than splitting the text in JavaScript.
 */
export function numbersOf(list: string | null): number[] {
  if (list === null || list.length === 0) return [];
  const values: unknown = JSON.parse(`[${list}]`);
  if (!Array.isArray(values) || !values.every((v) => typeof v === "number"))
    throw new Error("a number list holds something other than numbers");
  return values;
}

/** Swaps two entries. */
function swap(a: number[], i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/**
 * Rearranges a[lo..hi] so that a[k] is the value a sort would put there, everything before it no greater
 * and everything after it no smaller (quickselect, median-of-three pivots; after more rounds than a
 * balanced run needs, the rest is sorted, so crafted data cannot make it quadratic).
 */
function selectInPlace(a: number[], lo: number, hi: number, k: number): void {
  let rounds = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 8;
  while (hi - lo > 16) {
    if (--rounds === 0) break;
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < (a[lo] as number)) swap(a, mid, lo);
    if ((a[hi] as number) < (a[lo] as number)) swap(a, hi, lo);
    if ((a[hi] as number) < (a[mid] as number)) swap(a, hi, mid);
    const pivot = a[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) swap(a, i++, j--);
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
  const rest = a.slice(lo, hi + 1).sort((x, y) => x - y);
  for (let i = 0; i < rest.length; i++) a[lo + i] = rest[i] as number;
}

/** The smallest of a[lo..hi]. */
function minOf(a: number[], lo: number, hi: number): number {
  let m = a[lo] as number;
  for (let i = lo + 1; i <= hi; i++) if ((a[i] as number) < m) m = a[i] as number;
  return m;
}

/**
 * The `fraction` percentile of n values from the two whose ranks it falls between (`at(rank)`: the value a
 * sort would put at that rank), interpolated linearly (Hyndman–Fan type 7), null for no value. The
 * arithmetic is the engines' own, operation for operation in doubles (SQLite's percentCompute, PostgreSQL's
 * percentile_cont_float8_final), so the figures are the bits they computed: rank r = fraction × (n − 1),
 * x[⌊r⌋] + (x[⌊r⌋+1] − x[⌊r⌋]) × (r − ⌊r⌋).
 */
export function percentileAt(n: number, fraction: number, at: (rank: number) => number): number | null {
  if (n === 0) return null;
  const rank = fraction * (n - 1);
  const low = Math.floor(rank);
  const v1 = at(low);
  if (rank === low || low === n - 1) return v1;
  const v2 = at(low + 1);
  return v1 + (v2 - v1) * (rank - low);
}

/** A list's figures: how many durations, their mean, p50 and p90 (null for none). */
export interface ListFigures {
  count: number;
  mean: number | null;
  p50: number | null;
  p90: number | null;
}

/**
 * The mean of integers as the engines compute `avg` of an integer column: the exact sum divided by the
 * count in doubles (SQLite's avgFinalize: (double)iSum / cnt). Sums past 2^53 are added as BigInts, so the
 * sum is exact there too before its one rounding to a double.
 */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  // Every partial sum is at most the sum of the magnitudes: within 2^53 the double sum was exact.
  let magnitude = 0;
  for (const v of values) magnitude += Math.abs(v);
  if (magnitude <= Number.MAX_SAFE_INTEGER) return sum / values.length;
  let big = 0n;
  for (const v of values) big += BigInt(v);
  return Number(big) / values.length;
}

/**
 * The figures of a database's number list; its p50 and p90 without sorting it: quickselect puts the p90's rank in
 * place, everything below it to its left, and the p50's rank is then selected among those; each rank's
 * successor is the smallest value to its right.
 */
export function figuresOfList(list: string | null): ListFigures {
  const a = numbersOf(list);
  const n = a.length;
  if (n === 0) return { count: 0, mean: null, p50: null, p90: null };
  const mean = meanOf(a);
  const k90 = Math.floor(0.9 * (n - 1));
  selectInPlace(a, 0, n - 1, k90);
  const after90 = k90 + 1 < n ? minOf(a, k90 + 1, n - 1) : (a[k90] as number);
  const k50 = Math.floor(0.5 * (n - 1));
  if (k50 < k90) selectInPlace(a, 0, k90 - 1, k50);
  const after50 = k50 + 1 < k90 ? minOf(a, k50 + 1, k90) : k50 + 1 === k90 ? (a[k90] as number) : after90;
  const at = (cut: number, after: number) => (rank: number) => (rank === cut ? (a[cut] as number) : after);
  return {
    count: n,
    mean,
    p50: percentileAt(n, 0.5, at(k50, after50)),
    p90: percentileAt(n, 0.9, at(k90, after90)),
  };
}
