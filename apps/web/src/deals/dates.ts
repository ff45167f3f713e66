import { dateFormat } from '../components/intl';

/** Today's date in Asia/Shanghai as YYYY-MM-DD: the calendar the server dates follow-ups in. */
export function shanghaiToday(now: Date = new Date()): string {
  return dateFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A follow-up's next action is overdue once its date is before today (Asia/Shanghai), as overdueFollowUps says. */
export function isNextActionOverdue(nextActionOn: string | null | undefined, today: string): boolean {
  return !!nextActionOn && nextActionOn < today;
}

/** A deal is overdue once its stage deadline has passed (final stages have none). */
export function isDealOverdue(dueAt: string | null | undefined, now: number = Date.now()): boolean {
  return !!dueAt && new Date(dueAt).getTime() < now;
}
