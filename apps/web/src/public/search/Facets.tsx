import { Button, Checkbox, InputNumber, Select, Slider, Space, Switch, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultClass, TransferMode } from '../../gql/graphql';
import type { FieldNames } from '../useIndustryFields';
import type { SearchState } from './search-params';

export interface FacetData {
  attribute: string;
  values: { value: string; count: number }[];
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="tb-facet">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function values(facets: FacetData[], attribute: string): { value: string; count: number }[] {
  return facets.find((facet) => facet.attribute === attribute)?.values ?? [];
}

/** Facets with their counts over all hits; every change goes straight into the URL. */
export function Facets({
  state,
  facets,
  fieldNames,
  onChange,
}: {
  state: SearchState;
  facets: FacetData[];
  fieldNames: FieldNames;
  onChange: (change: Partial<SearchState>) => void;
}) {
  const { t } = useTranslation();
  const results = state.kind === 'results';
  const checkboxes = (attribute: string, selected: string[], label: (value: string) => string, onPick: (next: string[]) => void, limit = 8) => {
    const options = values(facets, attribute).slice(0, limit);
    // A selected value stays visible even when the other filters leave it without hits.
    for (const value of selected) if (!options.some((option) => option.value === value)) options.push({ value, count: 0 });
    return (
      <Checkbox.Group
        value={selected.filter((value) => options.some((option) => option.value === value))}
        onChange={(next) => onPick([...selected.filter((value) => !options.some((option) => option.value === value)), ...(next as string[])])}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        options={options.map((option) => ({ value: option.value, label: `${label(option.value)} (${option.count})` }))}
      />
    );
  };
  const pick = (options: string[], next: string[]) => [...state.fields.filter((code) => !options.includes(code)), ...next];
  const fieldValues = values(facets, 'fieldCode').map((value) => value.value);
  const chainValues = values(facets, 'chainCode').map((value) => value.value);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Group legend={t('catalog.chain')}>
        {checkboxes(
          'chainCode',
          state.fields.filter((code) => !code.includes('.')),
          fieldNames.name,
          (next) => onChange({ fields: pick(chainValues, next) }),
        )}
      </Group>
      <Group legend={t('catalog.field')}>
        {checkboxes(
          'fieldCode',
          state.fields.filter((code) => code.includes('.')),
          fieldNames.name,
          (next) => onChange({ fields: pick(fieldValues, next) }),
        )}
      </Group>
      {results && (
        <>
          <Group legend={t('catalog.trl')}>
            <Slider
              range
              min={1}
              max={9}
              marks={{ 1: '1', 5: '5', 9: '9' }}
              value={[state.trlMin ?? 1, state.trlMax ?? 9]}
              onChangeComplete={(range) => {
                const [min, max] = range as number[];
                onChange({ trlMin: min > 1 ? min : undefined, trlMax: max < 9 ? max : undefined });
              }}
              aria-label={t('catalog.trl')}
              ariaLabelForHandle={[`${t('catalog.trl')} min`, `${t('catalog.trl')} max`]}
            />
            <Typography.Text type="secondary">{t('search.trlRange', { min: state.trlMin ?? 1, max: state.trlMax ?? 9 })}</Typography.Text>
          </Group>
          <Group legend={t('catalog.transferModes')}>
            {checkboxes(
              'transferModes',
              state.modes,
              (value) => t(`transferMode.${value}`),
              (next) => onChange({ modes: next as TransferMode[] }),
            )}
          </Group>
          <Group legend={t('catalog.resultClass')}>
            {checkboxes(
              'resultClass',
              state.classes,
              (value) => t(`resultClass.${value}`),
              (next) => onChange({ classes: next as ResultClass[] }),
            )}
          </Group>
          <Group legend={t('search.maxPrice')}>
            <InputNumber
              min={0}
              step={10}
              precision={2}
              style={{ width: '100%' }}
              value={state.maxPrice ?? null}
              onChange={(value) => onChange({ maxPrice: value === null ? undefined : Number(value) })}
              aria-label={t('search.maxPrice')}
            />
          </Group>
          <Group legend={t('catalog.district')}>
            <Select
              allowClear
              style={{ width: '100%' }}
              value={state.district}
              placeholder={t('common.any')}
              aria-label={t('catalog.district')}
              onChange={(value?: string) => onChange({ district: value || undefined })}
              options={values(facets, 'district').map((value) => ({ value: value.value, label: `${value.value} (${value.count})` }))}
            />
          </Group>
          <label className="tb-switch">
            <Switch size="small" checked={state.needsPilot} onChange={(checked) => onChange({ needsPilot: checked })} /> {t('search.needsPilotOnly')}
          </label>
        </>
      )}
      {!results && (
        <>
          <Group legend={t('search.minBudget')}>
            <InputNumber
              min={0}
              step={10}
              precision={2}
              style={{ width: '100%' }}
              value={state.minBudget ?? null}
              onChange={(value) => onChange({ minBudget: value === null ? undefined : Number(value) })}
              aria-label={t('search.minBudget')}
            />
          </Group>
          <label className="tb-switch">
            <Switch size="small" checked={state.collective} onChange={(checked) => onChange({ collective: checked })} /> {t('search.collectiveOnly')}
          </label>
        </>
      )}
      <Button
        onClick={() =>
          onChange({
            fields: [],
            trlMin: undefined,
            trlMax: undefined,
            modes: [],
            classes: [],
            maxPrice: undefined,
            minBudget: undefined,
            district: undefined,
            needsPilot: false,
            collective: false,
          })
        }
      >
        {t('search.clearFilters')}
      </Button>
    </Space>
  );
}
