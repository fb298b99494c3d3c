export { sql, type ListType } from './sql.js';
export { type Statement, isStatement } from './statement.js';
export { arrayLiteral, type ArrayElement } from './array-literal.js';
export { sqlClient, type Execute, type SqlClient } from './sql-client.js';
