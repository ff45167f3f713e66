import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { IndustryFieldsQuery } from './documents';

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  ariaLabel: string;
  id?: string;
}

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
  return (
    <TreeSelect
      id={id}
      value={value || undefined}
      onChange={onChange}
      treeData={tree}
      loading={fetching}
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      aria-label={ariaLabel}
      style={{ width: '100%' }}
      listHeight={320}
    />
  );
}

export { useFieldName } from './useFieldName';
