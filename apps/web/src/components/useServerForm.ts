import { Form, type FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { fieldPath, generalMessage, serverFieldErrors } from './server-errors';

const DRAFT_PREFIX = 'tb.draft.';

export interface ServerForm<T> {
  form: FormInstance<T>;
  /** Spread on <Form>: keeps the draft as the person types. */
  formProps: { form: FormInstance<T>; onValuesChange: (changed: unknown, all: T) => void };
  /**
   * Shows a failed mutation's `extensions.fields` under the matching fields (`input.trl` → `trl`,
   * `input.patents.0.number` → patents[0].number); anything else goes to `generalError`.
   */
  applyError: (error: CombinedError) => void;
  generalError: string | undefined;
  setGeneralError: (message: string | undefined) => void;
  /** True when the form was refilled from a draft kept while the person was away (e.g. signing in again). */
  draftRestored: boolean;
  /** Forget the draft (after a successful submit). */
  clearDraft: () => void;
}

/**
 * An Ant Design form wired to the server's validation errors. With `draftKey`, what was typed is
 * kept in sessionStorage, so an expired session that sends the person to the login page does not
 * lose it: the form refills when they come back.
 */
export function useServerForm<T extends object>(options: { draftKey?: string; argumentNames?: string[] } = {}): ServerForm<T> {
  const { draftKey, argumentNames } = options;
  const [form] = Form.useForm<T>();
  const [generalError, setGeneralError] = useState<string>();
  const [draftRestored, setDraftRestored] = useState(false);
  const restored = useRef(false);

  useEffect(() => {
    if (!draftKey || restored.current) return;
    restored.current = true;
    try {
      const raw = window.sessionStorage.getItem(DRAFT_PREFIX + draftKey);
      if (raw) {
        form.setFieldsValue(JSON.parse(raw) as Parameters<typeof form.setFieldsValue>[0]);
        setDraftRestored(true);
      }
    } catch {
      // a broken draft is simply not restored
    }
  }, [draftKey, form]);

  const onValuesChange = useCallback(
    (_changed: unknown, all: T) => {
      if (!draftKey) return;
      try {
        window.sessionStorage.setItem(DRAFT_PREFIX + draftKey, JSON.stringify(all));
      } catch {
        // storage full or off: no draft
      }
    },
    [draftKey],
  );

  const clearDraft = useCallback(() => {
    if (!draftKey) return;
    try {
      window.sessionStorage.removeItem(DRAFT_PREFIX + draftKey);
    } catch {
      // nothing kept
    }
  }, [draftKey]);

  const applyError = useCallback(
    (error: CombinedError) => {
      const fields = Object.entries(serverFieldErrors(error));
      if (fields.length === 0) {
        setGeneralError(generalMessage(error));
        return;
      }
      setGeneralError(undefined);
      form.setFields(fields.map(([key, errors]) => ({ name: fieldPath(key, argumentNames) as never, errors })));
      const firstPath = fieldPath(fields[0][0], argumentNames);
      form.scrollToField(firstPath as never, { block: 'center' });
    },
    [form, argumentNames],
  );

  return { form, formProps: { form, onValuesChange }, applyError, generalError, setGeneralError, draftRestored, clearDraft };
}
