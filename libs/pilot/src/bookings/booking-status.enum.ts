import { registerEnumType } from '@nestjs/graphql';

export enum BookingStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
}

registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: 'Where a pilot-scale booking stands.',
  valuesMap: {
    REQUESTED: { description: "Asked by the result's owner; waiting for the platform's operator. Requests may overlap." },
    APPROVED: { description: 'Accepted by the operator. Two approved bookings of one platform never overlap (enforced by the database).' },
    DECLINED: { description: 'Refused by the operator (final).' },
    COMPLETED: { description: 'The trial ran; marked by the operator after its end (final).' },
  },
});
