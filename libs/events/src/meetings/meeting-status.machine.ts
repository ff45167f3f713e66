import { MeetingStatus } from './meeting-status.enum';

/**
 * Every allowed change of a meeting's status, in one table. Anything absent is refused.
 *
 * PROPOSED cannot go straight to HELD or NO_SHOW: an unanswered proposal was never agreed by both
 * parties, is not in their confirmed agenda, and is the one thing a re-run may still move or
 * replace; recording an outcome for it would count meetings nobody committed to. The organizers
 * ask the parties to answer first. A confirmed meeting is not declined afterwards: it stays fixed
 * so that re-runs never move it, and its outcome is NO_SHOW if it does not happen.
 */
export const MEETING_TRANSITIONS: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  [MeetingStatus.PROPOSED]: [MeetingStatus.CONFIRMED, MeetingStatus.DECLINED],
  [MeetingStatus.CONFIRMED]: [MeetingStatus.HELD, MeetingStatus.NO_SHOW],
  [MeetingStatus.DECLINED]: [],
  [MeetingStatus.HELD]: [],
  [MeetingStatus.NO_SHOW]: [],
};

export function canMoveMeeting(from: MeetingStatus, to: MeetingStatus): boolean {
  return MEETING_TRANSITIONS[from].includes(to);
}

/** The status `respondToMeeting(accept)` leads to. */
export function responseStatus(accept: boolean): MeetingStatus {
  return accept ? MeetingStatus.CONFIRMED : MeetingStatus.DECLINED;
}

/** The status `recordMeetingOutcome(held)` leads to. */
export function outcomeStatus(held: boolean): MeetingStatus {
  return held ? MeetingStatus.HELD : MeetingStatus.NO_SHOW;
}

/** Meetings a re-run keeps where they are. */
export function isFixedForRescheduling(status: MeetingStatus): boolean {
  return status === MeetingStatus.CONFIRMED || status === MeetingStatus.HELD || status === MeetingStatus.NO_SHOW;
}
