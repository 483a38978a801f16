/**
 * SQL starting with this comment answers each row as an array of its columns in SELECT order, not as an
 * object: building a 30-key object per row is a third of what reading a row costs, which matters to the
 * export (docs/search.md). Only `arrayRows()` (src/db/prepared.ts) adds it.
 */
export const ARRAY_ROWS_MARK = "/*rows:array*/";
