import { Input } from 'antd';
import type { InputNumberProps } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { STAND_IN } from './LazySelect';

/**
 * antd's InputNumber (rc-input-number and its decimal arithmetic: about 6 KB gzipped) in a chunk of
 * its own. Until it arrives, which it starts to do as soon as the field mounts, a read-only input of
 * the same size (90 px unless the form says otherwise) shows the value: the steppers show only on
 * hover anyway, so nothing moves when the number field takes its place. Form.Item's id, value and
 * onChange pass through.
 */
const loadInputNumber = () => import('antd/es/input-number');
const InputNumber = lazy(loadInputNumber);

export function LazyInputNumber(props: InputNumberProps) {
  useEffect(() => void loadInputNumber(), []);
  const value = props.value ?? props.defaultValue;
  const fallback = (
    <Input
      id={props.id}
      style={props.disabled ? { width: 90, ...props.style } : { width: 90, ...STAND_IN, ...props.style }}
      value={value === null || value === undefined ? '' : String(value)}
      placeholder={typeof props.placeholder === 'string' ? props.placeholder : undefined}
      readOnly
      disabled
      data-number-placeholder=""
    />
  );
  return (
    <Suspense fallback={fallback}>
      <InputNumber {...props} />
    </Suspense>
  );
}
