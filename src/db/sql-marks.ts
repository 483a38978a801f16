/** Comments at the start of SQL that tell the drivers (src/db/database.ts) how to run it. */

/**
 * SQL starting with this comment answers each row as an array of its columns in SELECT order, not as an
 * object: building a 30-key object per row is a third of what reading a row costs, which matters to the
 * export (docs/search.md). Only `arrayRows()` (src/db/prepared.ts) adds it.
 */
export const ARRAY_ROWS_MARK = "/*rows:array*/";

/** SQL that `prepared()` marks (src/db/prepared.ts) starts with this comment and a 16-hex-digit name. */
export const NAMED_STATEMENT_MARK = "/*prepared:";
