import { Alert, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";

export interface OnceValue {
  label: string;
  value: string;
  testId: string;
}

/** Values the server shows only once (a token, a secret key, an intake key), each with a copy button. */
export function OnceDialog({
  title,
  values,
  onClose,
}: {
  title: string;
  values: OnceValue[] | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={values !== null}
      title={title}
      onCancel={onClose}
      onOk={onClose}
      okText={t("webhooks.secretDone")}
      cancelButtonProps={{ style: { display: "none" } }}
      maskClosable={false}
      destroyOnClose
    >
      <Alert type="warning" showIcon message={t("admin.shownOnce")} style={{ marginBottom: 12 }} />
      {values?.map((v) => (
        <div key={v.testId}>
          <Typography.Text strong>{v.label}</Typography.Text>
          <Typography.Paragraph
            copyable={{ text: v.value, tooltips: [t("webhooks.copy"), t("webhooks.copied")] }}
          >
            <code data-testid={v.testId}>{v.value}</code>
          </Typography.Paragraph>
        </div>
      ))}
    </Modal>
  );
}
