import { Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFieldsFragment, MeetingStatus } from '../gql/graphql';

export const MEETING_COLOR: Record<MeetingStatus, string | undefined> = {
  PROPOSED: 'gold',
  CONFIRMED: 'green',
  DECLINED: 'red',
  HELD: 'blue',
  NO_SHOW: undefined,
};

function answer(value: boolean | null | undefined): 'yes' | 'no' | 'none' {
  return value === true ? 'yes' : value === false ? 'no' : 'none';
}

/** One meeting: the pair, both organizations, the score, the status and each side's answer. */
export function MeetingCard({ meeting, extra }: { meeting: MeetingFieldsFragment; extra?: ReactNode }) {
  const { t } = useTranslation('events');
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }} data-testid="meeting" data-status={meeting.status} data-meeting-id={meeting.id}>
      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
        {t('meeting.pair', { result: meeting.result.title, need: meeting.need.title })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
        {t('meeting.resultSide', { name: meeting.result.owner.name })} · {t('meeting.needSide', { name: meeting.need.enterprise.name })}
      </Typography.Text>
      <Space size={[4, 4]} wrap>
        <Tag color={MEETING_COLOR[meeting.status]} data-testid="meeting-status">
          {t(`meetingStatus.${meeting.status}`)}
        </Tag>
        <Tag>{t('meeting.score', { score: meeting.score.toFixed(1) })}</Tag>
      </Space>
      <Typography.Text type="secondary">
        {t('meeting.answers', { result: t(`meeting.answer.${answer(meeting.resultAccepted)}`), need: t(`meeting.answer.${answer(meeting.needAccepted)}`) })}
      </Typography.Text>
      {extra}
    </Space>
  );
}
