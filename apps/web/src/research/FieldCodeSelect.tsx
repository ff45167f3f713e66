import { Input } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { IndustryFieldsQuery } from './documents';

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  ariaLabel: string;
  id?: string;
}

// The tree select (rc-tree-select, rc-tree, rc-select: about 50 KB gzipped) is a chunk of its own,
// fetched as soon as the field mounts; a read-only input of its size stands in until it arrives.
const loadTreeSelect = () => import('antd/es/tree-select');
const TreeSelect = lazy(loadTreeSelect);

/** Industry fields grouped by chain plan (强链 / 建链 / 布链 / 海创); only fields can be chosen. */
export function FieldCodeSelect({ value, onChange, ariaLabel, id }: Props) {
  const { i18n } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: IndustryFieldsQuery });
  const english = i18n.language.startsWith('en');
  const tree = useMemo(() => {
    const fields = data?.industryFields ?? [];
    const name = (field: { nameZh: string; nameEn: string }) => (english ? field.nameEn : field.nameZh);
    return fields
      .filter((field) => !field.parentCode)
      .map((chain) => ({
        value: chain.code,
        title: name(chain),
        selectable: false,
        children: fields
          .filter((field) => field.parentCode === chain.code)
          .map((field) => ({
            value: field.code,
            title: `${name(field)} (${field.code})`,
          })),
      }));
  }, [data, english]);
  const [wanted, setWanted] = useState(false);
  useEffect(() => void loadTreeSelect(), []);
  const want = () => setWanted(true);
  const chosen = value ? tree.flatMap((chain) => chain.children).find((field) => field.value === value) : undefined;
  const fallback = (
    <Input id={id} aria-label={ariaLabel} value={chosen?.title ?? value ?? ''} readOnly onFocus={want} onPointerDown={want} style={{ width: '100%' }} />
  );
  return (
    <Suspense fallback={fallback}>
      <TreeSelect
        {...(wanted ? { autoFocus: true, defaultOpen: true } : {})}
        id={id}
        value={value || undefined}
        onChange={(next: unknown) => onChange?.(next as string)}
        treeData={tree}
        loading={fetching}
        showSearch
        treeNodeFilterProp="title"
        treeDefaultExpandAll
        aria-label={ariaLabel}
        style={{ width: '100%' }}
        listHeight={320}
      />
    </Suspense>
  );
}

export { useFieldName } from './useFieldName';
