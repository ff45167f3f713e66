import './messages';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import DealRoom from './DealRoom';

/** /deals/:id/room: the room alone, with a way back to where the person came from. */
export default function DealRoomPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('dealroom');
  const navigate = useNavigate();
  return (
    <div style={{ maxWidth: 960, margin: '0 auto', display: 'flex', flexDirection: 'column', gap: 12 }}>
      <div>
        <Button
          type="link"
          icon={<ArrowLeftOutlined aria-hidden />}
          style={{ paddingInline: 0 }}
          onClick={() => (window.history.length > 1 ? void navigate(-1) : void navigate('/rooms'))}
        >
          {t('back')}
        </Button>
      </div>
      <DealRoom dealId={id} />
    </div>
  );
}
