import { Injectable } from '@nestjs/common';
import { AppConfig } from '@techbridge/platform';

import { CommissionRates, parseCommissionRates } from './contracts/commission';
import { parseHolidays, WorkingCalendar } from './deals/due-dates';

/** Brokerage's configuration, parsed once at boot (a bad rate list stops the start). */
@Injectable()
export class BrokerageSettings {
  readonly commissionRates: CommissionRates;
  readonly calendar: WorkingCalendar;

  constructor(config: AppConfig) {
    this.commissionRates = parseCommissionRates(config.COMMISSION_RATES);
    this.calendar = { holidays: parseHolidays(config.PUBLIC_HOLIDAYS.join(',')), workdays: parseHolidays(config.PUBLIC_WORKDAYS.join(',')) };
  }
}
