import { Injectable } from '@nestjs/common';
import { byKeys, groupByKeys, RequestLoaders } from '@techbridge/platform';

import { PilotBookingEntity } from './bookings/pilot-booking.entity';
import { PilotPlatformEntity } from './platforms/pilot-platform.entity';
import { PilotPlatformService } from './platforms/pilot-platform.service';

export type BookingWithOwner = PilotBookingEntity & { resultOwnerId: string };

/** Request-scoped batch loading of platforms and their bookings (operators go through IdentityLoaders). */
@Injectable()
export class PilotLoaders {
  constructor(private readonly platforms: PilotPlatformService) {}

  platform(loaders: RequestLoaders, id: string): Promise<PilotPlatformEntity | null> {
    return loaders
      .get<string, PilotPlatformEntity | null>('pilot.platform', async (ids) => byKeys(ids, await this.platforms.findByIds(ids), (row) => row.id))
      .load(id);
  }

  bookings(loaders: RequestLoaders, platformId: string): Promise<BookingWithOwner[]> {
    return loaders
      .get<string, BookingWithOwner[]>('pilot.bookings', async (ids) => groupByKeys(ids, await this.platforms.bookingsOf(ids), (row) => row.platformId))
      .load(platformId);
  }

  busyRanges(loaders: RequestLoaders, platformId: string): Promise<PilotBookingEntity[]> {
    return loaders
      .get<string, PilotBookingEntity[]>('pilot.busy', async (ids) => groupByKeys(ids, await this.platforms.busyRangesOf(ids), (row) => row.platformId))
      .load(platformId);
  }
}
