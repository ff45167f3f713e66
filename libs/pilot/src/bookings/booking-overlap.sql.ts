/**
 * The database rule that two APPROVED bookings of one pilot-scale platform never overlap.
 *
 * Enforced by PostgreSQL itself, so it holds under concurrent approvals (two operators, two API
 * instances): an exclusion constraint over the half-open range [from_at, to_at) — a booking may
 * start exactly when the previous one ends. Only APPROVED rows take part; REQUESTED ones may
 * overlap freely until an operator approves one of them. Equality on platform_id inside a GiST
 * index needs the btree_gist extension (trusted since PostgreSQL 13, so the owner of the database
 * can create it). A second approval that overlaps fails with SQLSTATE 23P01
 * (exclusion_violation), which the GraphQL edge maps to CONFLICT.
 *
 * The pilot migration creates `pilot_booking` and then runs these two statements;
 * booking-overlap.int-spec.ts proves them against the real server on a table of its own, and
 * test/pilot/pilot.e2e-spec.ts through concurrent approvals over HTTP.
 */
export const BTREE_GIST_SQL = 'CREATE EXTENSION IF NOT EXISTS btree_gist';

export const PILOT_BOOKING_NO_OVERLAP = 'pilot_booking_no_overlap';

/** `table` is the (optionally schema-qualified) bookings table; it needs platform_id, from_at, to_at, status. */
export function bookingNoOverlapSql(table = 'pilot_booking', constraint = PILOT_BOOKING_NO_OVERLAP): string {
  return `ALTER TABLE ${table} ADD CONSTRAINT ${constraint}
    EXCLUDE USING gist (platform_id WITH =, tstzrange(from_at, to_at, '[)') WITH &&)
    WHERE (status = 'APPROVED')`;
}

/** The SQLSTATE a violating approval fails with. */
export const EXCLUSION_VIOLATION = '23P01';
