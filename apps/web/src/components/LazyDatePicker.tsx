import { Input } from 'antd';
import type { DatePickerProps } from 'antd';
import type { RangePickerProps } from 'antd/es/date-picker';
import type { Dayjs } from 'dayjs';
import { lazy, Suspense, useEffect, type CSSProperties } from 'react';
import { STAND_IN } from './LazySelect';

/**
 * antd's DatePicker (rc-picker, its panels and dayjs plugins: about 35 KB gzipped) in a chunk of
 * its own. Until it arrives, which it starts to do as soon as the field mounts, a read-only input
 * of the same size shows the value, so a form's first view needs none of that code and nothing
 * moves when the picker takes its place. Form.Item's id, value and onChange pass through.
 */
const loadPicker = () => import('antd/es/date-picker');
const Picker = lazy(loadPicker);
const Range = lazy(() => loadPicker().then((module) => ({ default: module.default.RangePicker })));

const FORMAT = 'YYYY-MM-DD';

function Placeholder({ id, style, text, disabled }: { id?: string; style?: CSSProperties; text: string; disabled?: boolean }) {
  return <Input id={id} style={disabled ? style : { ...STAND_IN, ...style }} value={text} readOnly disabled data-picker-placeholder="" />;
}

const show = (value: unknown) => (value && typeof (value as Dayjs).format === 'function' ? (value as Dayjs).format(FORMAT) : '');

export function LazyDatePicker(props: DatePickerProps) {
  useEffect(() => void loadPicker(), []);
  return (
    <Suspense fallback={<Placeholder id={props.id} style={props.style} text={show(props.value)} disabled={props.disabled === true} />}>
      <Picker {...(props as object)} />
    </Suspense>
  );
}

export function LazyRangePicker(props: RangePickerProps) {
  useEffect(() => void loadPicker(), []);
  const [from, to] = (props.value ?? []) as [unknown, unknown];
  const text = from || to ? `${show(from)} ~ ${show(to)}` : '';
  return (
    <Suspense
      fallback={
        <Placeholder id={typeof props.id === 'string' ? props.id : props.id?.start} style={props.style} text={text} disabled={props.disabled === true} />
      }
    >
      <Range {...props} />
    </Suspense>
  );
}
