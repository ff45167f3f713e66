import { BookingStatus } from './booking-status.enum';

/** Allowed moves of a booking; everything else is refused. */
export const BOOKING_TRANSITIONS: Readonly<Record<BookingStatus, readonly BookingStatus[]>> = {
  [BookingStatus.REQUESTED]: [BookingStatus.APPROVED, BookingStatus.DECLINED],
  [BookingStatus.APPROVED]: [BookingStatus.COMPLETED],
  [BookingStatus.DECLINED]: [],
  [BookingStatus.COMPLETED]: [],
};

export function canMoveBooking(from: BookingStatus, to: BookingStatus): boolean {
  return BOOKING_TRANSITIONS[from].includes(to);
}
