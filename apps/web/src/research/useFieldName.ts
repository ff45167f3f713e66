import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { IndustryFieldsQuery } from './documents';

// Apart from FieldCodeSelect: pages that only show names must not download the tree select.
/** The name of a field code in the current language (the code itself while loading). */
export function useFieldName(): (code: string) => string {
  const { i18n } = useTranslation();
  const [{ data }] = useQuery({ query: IndustryFieldsQuery });
  const english = i18n.language.startsWith('en');
  return (code: string) => {
    const field = data?.industryFields.find((candidate) => candidate.code === code);
    return field ? (english ? field.nameEn : field.nameZh) : code;
  };
}
