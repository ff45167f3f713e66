import './messages';
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Radio, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { generalMessage } from '../components/server-errors';
import type { AttachmentFieldsFragment, FileAccess } from '../gql/graphql';
import { AttachmentItem } from './AttachmentList';
import { AttachFileToNeedMutation, AttachFileToResultMutation, FileUploadLimitsQuery, RemoveFileMutation } from './documents';
import { acceptAttribute, formatBytes, shortType, uploadFile, UploadError } from './file-transfer';
import './files.css';
import { LazyPopconfirm } from '../components/LazyPopconfirm';

interface Props {
  target: 'RESULT' | 'NEED';
  targetId: string;
  files: AttachmentFieldsFragment[];
  /** Called after a file was attached or removed, to read the item again. */
  onChanged: () => void;
}

interface Refusal {
  name: string;
  reason: string;
  detail: string;
}

const KNOWN_REASONS = ['FILE_TOO_LARGE', 'CONTENT_TYPE_MISMATCH', 'FILE_TYPE_NOT_ALLOWED', 'INVALID_UPLOAD', 'UNAUTHENTICATED'];

/**
 * Uploads files with `POST /files` (the session's Bearer token) and attaches each to a result or
 * a need as public or details-only; lists the attachments with remove. The size limit and the
 * accepted types come from the server, which checks them again and says why it refuses.
 */
export function AttachmentsEditor({ target, targetId, files, onChanged }: Props) {
  const { t } = useTranslation('files');
  const { message } = App.useApp();
  const [limits] = useQuery({ query: FileUploadLimitsQuery, requestPolicy: 'cache-first' });
  const [, attachToResult] = useMutation(AttachFileToResultMutation);
  const [, attachToNeed] = useMutation(AttachFileToNeedMutation);
  const [, removeFile] = useMutation(RemoveFileMutation);
  const [access, setAccess] = useState<FileAccess>('PUBLIC');
  const [uploading, setUploading] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const maxBytes = limits.data?.fileUploadLimits.maxBytes;
  const types = (target === 'RESULT' ? limits.data?.fileUploadLimits.resultTypes : limits.data?.fileUploadLimits.needTypes) ?? [];
  const size = maxBytes ? formatBytes(maxBytes) : '';

  const send = async (file: File) => {
    setRefusal(null);
    setUploading(file.name);
    try {
      const uploaded = await uploadFile(file);
      const response =
        target === 'RESULT'
          ? await attachToResult({ fileId: uploaded.id, resultId: targetId, access })
          : await attachToNeed({ fileId: uploaded.id, needId: targetId, access });
      if (response.error) {
        // The upload is nobody's now; removing it spares the orphan cleanup.
        void removeFile({ id: uploaded.id });
        setRefusal({ name: file.name, reason: 'ATTACH', detail: generalMessage(response.error) ?? '' });
        return;
      }
      void message.success(t('attached', { name: file.name }));
      onChanged();
    } catch (error) {
      const reason = error instanceof UploadError ? error.reason : 'NETWORK';
      setRefusal({ name: file.name, reason, detail: (error as Error).message });
    } finally {
      setUploading(null);
    }
  };

  const remove = async (file: AttachmentFieldsFragment) => {
    const response = await removeFile({ id: file.id });
    if (response.error) void message.error(generalMessage(response.error));
    else {
      void message.success(t('removed'));
      onChanged();
    }
  };

  const explanation = refusal
    ? refusal.reason === 'ATTACH'
      ? t('error.attach')
      : KNOWN_REASONS.includes(refusal.reason)
        ? t(`error.${refusal.reason}`, { size })
        : undefined
    : undefined;

  return (
    <Card data-testid="attachments-editor">
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
        {t('heading')}
      </Typography.Title>
      <fieldset className="tb-file-access">
        <legend>{t('access.label')}</legend>
        <Radio.Group
          value={access}
          onChange={(event) => setAccess(event.target.value as FileAccess)}
          options={[
            { value: 'PUBLIC', label: t('access.PUBLIC') },
            { value: 'DETAILS_ONLY', label: t('access.DETAILS_ONLY') },
          ]}
        />
      </fieldset>
      <Upload.Dragger
        name="file"
        multiple={false}
        showUploadList={false}
        accept={types.length > 0 ? acceptAttribute(types) : undefined}
        disabled={!!uploading}
        customRequest={({ file, onSuccess }) => {
          void send(file as File).then(() => onSuccess?.(null));
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{uploading ? t('uploading', { name: uploading }) : t('upload')}</p>
        {maxBytes !== undefined && (
          <p className="ant-upload-hint" data-testid="upload-limits">
            {t('limits', { size, types: types.map(shortType).join(', ') })}
          </p>
        )}
      </Upload.Dragger>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 12 }}
          title={t('error.title', { name: refusal.name })}
          description={
            <>
              {explanation && <div>{explanation}</div>}
              {refusal.detail && <div>{t('error.server', { message: refusal.detail })}</div>}
            </>
          }
        />
      )}
      {files.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('empty')}
        </Typography.Paragraph>
      ) : (
        <ul className="tb-file-list" style={{ marginTop: 16 }}>
          {files.map((file) => (
            <AttachmentItem
              key={file.id}
              file={file}
              showAccess
              extra={
                <LazyPopconfirm title={t('removeConfirm', { name: file.name })} onConfirm={() => void remove(file)}>
                  <Button danger size="small" autoInsertSpace={false} aria-label={`${t('remove')} ${file.name}`}>
                    {t('remove')}
                  </Button>
                </LazyPopconfirm>
              }
            />
          ))}
        </ul>
      )}
    </Card>
  );
}
