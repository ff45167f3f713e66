import { BookingStatus } from './booking-status.enum';
import { canMoveBooking } from './booking-status.machine';

describe('booking status machine', () => {
  const allowed = new Set(['REQUESTED>APPROVED', 'REQUESTED>DECLINED', 'APPROVED>COMPLETED']);
  const statuses = Object.values(BookingStatus);

  it.each(statuses.flatMap((from) => statuses.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    expect(canMoveBooking(from, to)).toBe(allowed.has(`${from}>${to}`));
  });
});
