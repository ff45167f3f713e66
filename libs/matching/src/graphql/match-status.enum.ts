import { registerEnumType } from '@nestjs/graphql';

export enum MatchStatus {
  SUGGESTED = 'SUGGESTED',
  SHORTLISTED = 'SHORTLISTED',
  DISMISSED = 'DISMISSED',
  CONVERTED = 'CONVERTED',
}

registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  description: 'Where a scored match stands.',
  valuesMap: {
    SUGGESTED: { description: 'Proposed by the scorer; replaced when a recompute ranks it out of the need’s top 50.' },
    SHORTLISTED: { description: 'Kept by the need’s side for follow-up; never removed by a recompute.' },
    DISMISSED: { description: 'Rejected with a reason code; stays dismissed across recomputes.' },
    CONVERTED: { description: 'A deal was opened from it.' },
  },
});
