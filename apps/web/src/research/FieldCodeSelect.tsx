import { Input } from 'antd';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { STAND_IN } from '../components/LazySelect';
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
  useEffect(() => void loadTreeSelect(), []);
  const chosen = value ? tree.flatMap((chain) => chain.children).find((field) => field.value === value) : undefined;
  const fallback = <Input id={id} aria-label={ariaLabel} value={chosen?.title ?? value ?? ''} readOnly disabled style={{ ...STAND_IN, width: '100%' }} />;
  return (
    <Suspense fallback={fallback}>
      <TreeSelect
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
