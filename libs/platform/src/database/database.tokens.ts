/** Injection token of the resolved PostgreSQL connection URL (embedded or managed). */
export const DATABASE_URL = Symbol('DATABASE_URL');
