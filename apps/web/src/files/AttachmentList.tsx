import './messages';
import { DownloadOutlined, FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AttachmentFieldsFragment } from '../gql/graphql';
import { downloadFile, formatBytes, isImage } from './file-transfer';
import { FileThumbnail } from './FileThumbnail';
import './files.css';

/** One attachment: images as their thumbnail, every file with a download button; `extra` after it (e.g. remove). */
export function AttachmentItem({ file, showAccess, extra }: { file: AttachmentFieldsFragment; showAccess?: boolean; extra?: ReactNode }) {
  const { t } = useTranslation('files');
  const { message } = App.useApp();
  return (
    <li className="tb-file-item" data-testid="attachment">
      {isImage(file.contentType) && file.thumbnailUrl && <FileThumbnail url={file.thumbnailUrl} name={file.name} />}
      <Space size={[8, 4]} wrap>
        <Button
          icon={
            file.contentType === 'application/pdf' ? (
              <FilePdfOutlined aria-hidden />
            ) : isImage(file.contentType) ? (
              <DownloadOutlined aria-hidden />
            ) : (
              <PaperClipOutlined aria-hidden />
            )
          }
          aria-label={t('download', { name: file.name })}
          onClick={() => void downloadFile(file).catch(() => message.error(t('error.download')))}
        >
          <span className="tb-file-name">{file.name}</span>
        </Button>
        <Typography.Text type="secondary">{formatBytes(file.size)}</Typography.Text>
        {showAccess && <Tag color={file.access === 'PUBLIC' ? 'green' : 'gold'}>{t(`access.tag${file.access}`)}</Tag>}
        {extra}
      </Space>
    </li>
  );
}

/**
 * A result's or need's files as the server shows them to the caller: images as thumbnails, PDFs and
 * documents as downloads. Details-only files are in the list only once the server shows the details.
 * `owner` is the owning organization's view: every file with who sees it, the empty case said, and
 * a link to the editor where files are added and removed.
 */
export function AttachmentList({ files, locked, owner }: { files: AttachmentFieldsFragment[]; locked?: boolean; owner?: { editTo?: string } }) {
  const { t } = useTranslation('files');
  // The server leaves details-only files out without saying whether there are any: with nothing
  // visible there is nothing to show, and the hint below only says there may be more.
  if (files.length === 0 && !owner) return null;
  return (
    <Card style={{ marginBottom: 16 }} data-testid="attachments" size={owner ? 'small' : undefined}>
      <Typography.Title level={owner ? 3 : 2} style={{ fontSize: owner ? 16 : 18 }}>
        {t(owner ? 'heading' : 'publicHeading')}
      </Typography.Title>
      {files.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('empty')}</Typography.Paragraph>
      ) : (
        <ul className="tb-file-list">
          {files.map((file) => (
            <AttachmentItem key={file.id} file={file} showAccess={!!owner} />
          ))}
        </ul>
      )}
      {locked && <Typography.Paragraph type="secondary">{t('hiddenUntilNda')}</Typography.Paragraph>}
      {owner?.editTo && (
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
          <Link to={owner.editTo}>{t('manage')}</Link>
        </Typography.Paragraph>
      )}
    </Card>
  );
}
