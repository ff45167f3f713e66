import './messages';
import { Button, Card, Space, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealStage } from '../gql/graphql';
import type { MoveLike } from './MoveDialog';

// The contract form (select, number and date inputs) loads once a deal may be signed; a box of
// its height holds its place meanwhile, so nothing below it moves.
const ContractForm = lazy(() => import('./ContractForm').then((module) => ({ default: module.ContractForm })));
// The move dialog (Modal, Form and text areas) is fetched as soon as a move is offered, so it is in
// before a button is pressed; it mounts with the first press.
const loadMoveDialog = () => import('./MoveDialog');
const MoveDialog = lazy(loadMoveDialog);

interface Props {
  deal: { id: string; stage: DealStage; allowedMoves: readonly MoveLike[] };
  onMoved: () => void;
}

/**
 * The moves the server offers this caller from here, and nothing else: advanceDeal moves as
 * buttons (LOST asks its reason), the contract form when SIGN_CONTRACT is offered, a hint when
 * only the chat's offer acceptance leads on.
 */
export function DealMoves({ deal, onMoved }: Props) {
  const { t } = useTranslation('deals');
  const [target, setTarget] = useState<MoveLike | null>(null);
  const [wanted, setWanted] = useState(false);
  const advances = deal.allowedMoves.filter((move) => move.mutation === 'ADVANCE_DEAL');
  const signing = deal.allowedMoves.some((move) => move.mutation === 'SIGN_CONTRACT');
  const accepting = deal.allowedMoves.find((move) => move.mutation === 'ACCEPT_OFFER');

  useEffect(() => {
    if (advances.length > 0) void loadMoveDialog();
  }, [advances.length]);

  const choose = (move: MoveLike) => {
    setWanted(true);
    setTarget(move);
  };

  return (
    <Card title={t('moves.title')} size="small" data-testid="deal-moves">
      {deal.allowedMoves.length === 0 && <Typography.Text type="secondary">{t('moves.none')}</Typography.Text>}
      <Space wrap>
        {advances.map((move) => (
          <Button key={move.to} type={move.reasonRequired ? 'default' : 'primary'} danger={move.reasonRequired} onClick={() => choose(move)}>
            {move.reasonRequired ? t('moves.lose') : t('moves.to', { stage: t(`stage.${move.to}`) })}
          </Button>
        ))}
      </Space>
      {accepting && !advances.some((move) => move.to === accepting.to) && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('moves.acceptInChat', { stage: t(`stage.${accepting.to}`) })}
        </Typography.Paragraph>
      )}
      {signing && (
        <div style={{ marginTop: 16 }}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('moves.sign')}
          </Typography.Title>
          <Suspense fallback={<div aria-busy="true" style={{ minHeight: 414, maxWidth: 560 }} />}>
            <ContractForm dealId={deal.id} onSigned={onMoved} />
          </Suspense>
        </div>
      )}
      {wanted && (
        <Suspense fallback={null}>
          <MoveDialog dealId={deal.id} target={target} onClose={() => setTarget(null)} onMoved={onMoved} />
        </Suspense>
      )}
    </Card>
  );
}
