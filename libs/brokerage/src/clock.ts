import { Injectable } from '@nestjs/common';

/**
 * The time brokerage's rules read (due dates, reminders, "today" for follow-ups). One provider,
 * so a test can move it instead of waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
