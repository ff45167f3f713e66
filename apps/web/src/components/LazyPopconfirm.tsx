import type { PopconfirmProps } from 'antd';
import { lazy, Suspense, useState } from 'react';

/**
 * antd's Popconfirm (with Popover and Tooltip under it: about 9 KB gzipped) in a chunk of its own,
 * fetched as soon as the button it guards renders. Until then the button shows as it is; a click
 * on it meanwhile is kept, and the confirmation opens once the chunk is in.
 */
const Popconfirm = lazy(() => import('antd/es/popconfirm'));

export function LazyPopconfirm(props: PopconfirmProps) {
  const [wanted, setWanted] = useState(false);
  return (
    <Suspense
      fallback={
        <span style={{ display: 'contents' }} onClickCapture={() => setWanted(true)}>
          {props.children}
        </span>
      }
    >
      <Popconfirm {...props} {...(wanted && props.open === undefined ? { defaultOpen: true } : {})} />
    </Suspense>
  );
}
