import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';

export const IndustryFieldsDocument = graphql(`
  query IndustryFields {
    industryFields {
      code
      nameZh
      nameEn
      parentCode
      chainPlan
    }
  }
`);

export interface FieldNames {
  /** The field's or chain's name in the current language, the code itself when unknown. */
  name(code: string): string;
  chains: { code: string; name: string }[];
  fields: { code: string; name: string; parentCode: string | null }[];
  /** The taxonomy has arrived (until then `name` gives the codes). */
  loaded: boolean;
}

/** The industry-chain taxonomy, fetched once per visit (urql's cache). */
export function useIndustryFields(): FieldNames {
  const { i18n } = useTranslation();
  const [{ data }] = useQuery({ query: IndustryFieldsDocument, requestPolicy: 'cache-first' });
  const english = i18n.language === 'en';
  return useMemo(() => {
    const nodes = data?.industryFields ?? [];
    const byCode = new Map(nodes.map((node) => [node.code, english ? node.nameEn : node.nameZh]));
    return {
      name: (code: string) => byCode.get(code) ?? code,
      chains: nodes.filter((node) => !node.parentCode).map((node) => ({ code: node.code, name: english ? node.nameEn : node.nameZh })),
      fields: nodes
        .filter((node) => node.parentCode)
        .map((node) => ({ code: node.code, name: english ? node.nameEn : node.nameZh, parentCode: node.parentCode ?? null })),
      loaded: data !== undefined,
    };
  }, [data, english]);
}
