import { Input } from 'antd';
import type { SelectProps } from 'antd';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

/**
 * antd's Select (rc-select and its virtual list: about 23 KB gzipped) in a chunk of its own.
 * Until it arrives, which it starts to do as soon as the field mounts, a read-only input of the
 * same height shows the chosen labels or the placeholder, so a page's first view needs none of
 * that code and nothing moves when the select takes its place. A click or focus on the stand-in
 * is kept: the select then opens focused. Form.Item's id, value and onChange pass through.
 */
const loadSelect = () => import('antd/es/select');
const Select = lazy(loadSelect);

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
  const [wanted, setWanted] = useState(false);
  useEffect(() => void loadSelect(), []);
  const want = () => setWanted(true);
  const fallback = (
    <Input
      id={props.id}
      aria-label={props['aria-label']}
      style={props.style}
      className={props.className}
      size={props.size}
      value={labelsOf(props.options as Option[] | undefined, props.value)}
      placeholder={typeof props.placeholder === 'string' ? props.placeholder : undefined}
      disabled={props.disabled}
      readOnly
      onFocus={want}
      onPointerDown={want}
      data-select-placeholder=""
    />
  );
  return (
    <Suspense fallback={fallback}>
      <Select {...(props as SelectProps)} {...(wanted ? { autoFocus: true, defaultOpen: props.open === undefined ? true : undefined } : {})} />
    </Suspense>
  );
}
