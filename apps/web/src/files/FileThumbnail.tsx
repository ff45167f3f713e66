import { Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchFile } from './file-transfer';

/** An image attachment's thumbnail, fetched with the token (details-only images need it) and shown from a blob URL. */
export function FileThumbnail({ url, name, width = 160 }: { url: string; name: string; width?: number }) {
  const { t } = useTranslation('files');
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let objectUrl: string | null = null;
    let cancelled = false;
    setFailed(false);
    fetchFile(url)
      .then((blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setSrc(objectUrl);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);

  if (failed) return null;
  if (!src) return <Skeleton.Image active style={{ width, height: (width * 3) / 4 }} aria-label={t('loadingImage')} />;
  return <img src={src} alt={t('thumbnailAlt', { name })} className="tb-file-thumb" style={{ maxWidth: '100%', width, height: 'auto' }} />;
}
