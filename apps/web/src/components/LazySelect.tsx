import { Input } from 'antd';
import type { SelectProps } from 'antd';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';

/**
 * antd's Select (rc-select and its virtual list: about 23 KB gzipped) in a chunk of its own.
 * Until it arrives, which it starts to do as soon as the field mounts, a read-only input of the
 * same height shows the chosen labels or the placeholder, so a page's first view needs none of
 * that code and nothing moves when the select takes its place. Form.Item's id, value and
 * onChange pass through.
 */
const loadSelect = () => import('antd/es/select');
const Select = lazy(loadSelect);

/** A disabled input drawn as an enabled one. */
export const STAND_IN = { background: '#fff', color: 'rgba(0, 0, 0, 0.88)', cursor: 'default' } as const;

type Option = { value?: unknown; label?: ReactNode; options?: Option[] };

function labelsOf(options: Option[] | undefined, value: unknown): string {
  const flat = (options ?? []).flatMap((option) => option.options ?? [option]);
  const values = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  return values
    .map((one) => {
      const label = flat.find((option) => option.value === one)?.label;
      return typeof label === 'string' || typeof label === 'number' ? String(label) : String(one);
    })
    .join(', ');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function LazySelect<T = any>(props: SelectProps<T>) {
  useEffect(() => void loadSelect(), []);
  const fallback = (
    <Input
      id={props.id}
      aria-label={props['aria-label']}
      style={{ ...STAND_IN, ...props.style }}
      className={props.className}
      size={props.size}
      value={labelsOf(props.options as Option[] | undefined, props.value)}
      placeholder={typeof props.placeholder === 'string' ? props.placeholder : undefined}
      // Inert until the select is in (a few milliseconds after the page): a press cannot fall
      // between the two; it looks like the enabled field it stands for.
      disabled
      readOnly
      data-select-placeholder=""
    />
  );
  return (
    <Suspense fallback={fallback}>
      <Select {...(props as SelectProps)} />
    </Suspense>
  );
}
