/** The largest id a row can have: ids are PostgreSQL `int` (serial). A larger one names nothing, and must be refused as such, not reach the database. */
export const MAX_ROW_ID = 2_147_483_647;
