import { Alert, Button, Form, type FormInstance, Modal } from "antd";
import { type ReactNode, useEffect, useState } from "react";
import { useErrorText } from "../components/error-message.tsx";
import { showFieldError } from "../notifications/field-error.ts";

type NamePath = (string | number)[];

/**
 * An admin form in a dialog: `values` fill it each time it opens; a server validation error goes under the
 * field `fieldPath` finds for it, any other failure above the button.
 */
export function FormDialog<V extends object>({
  title,
  open,
  onClose,
  form,
  name,
  values,
  save,
  fieldPath,
  submitLabel,
  submitTestId,
  width,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  form: FormInstance<V>;
  /** The form's name (its fields' ids start with it). */
  name: string;
  /** Kept the same object while open (a constant, or state): a new one fills the form again. */
  values: Partial<V>;
  /** Sends the values; throws what the server answered. */
  save: (values: V) => Promise<unknown>;
  fieldPath: (field: string) => NamePath | undefined;
  submitLabel: string;
  submitTestId: string;
  width?: number;
  children: ReactNode;
}) {
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(values as Parameters<typeof form.setFieldsValue>[0]);
  }, [open, values, form]);
  const submit = async (sent: V) => {
    setBusy(true);
    setError(null);
    try {
      await save(sent);
      // The dialog stays in the page, closed: nothing typed (a password) is left in it.
      form.resetFields();
    } catch (failure) {
      if (!showFieldError(form, failure, fieldPath)) setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      footer={null}
      width={width}
      destroyOnClose
      forceRender
    >
      <Form form={form} name={name} layout="vertical" onFinish={submit}>
        {children}
        {error && <Alert type="error" showIcon message={<span role="alert">{error}</span>} />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid={submitTestId}>
          {submitLabel}
        </Button>
      </Form>
    </Modal>
  );
}
