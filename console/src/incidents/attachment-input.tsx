import { UploadOutlined } from "@ant-design/icons";
import { Button, Space, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Attachment, attachmentUrl, uploadAttachment } from "../api/incidents.ts";
import { useErrorText } from "../components/error-message.tsx";

interface Props {
  value?: string;
  onChange?: (value: string) => void;
}

/** Uploads files as they are chosen; the form value is their doc_ids, comma-separated (docs/attachments.md). */
export function AttachmentInput({ onChange }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [files, setFiles] = useState<Attachment[]>([]);
  const [error, setError] = useState<string | null>(null);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Upload
        showUploadList={false}
        customRequest={async ({ file, onSuccess, onError }) => {
          setError(null);
          try {
            const uploaded = await uploadAttachment(file as File);
            const next = [...files, uploaded];
            setFiles(next);
            onChange?.(next.map((f) => f.doc_id).join(","));
            onSuccess?.(uploaded);
          } catch (failure) {
            setError(errorText(failure));
            onError?.(failure as Error);
          }
        }}
      >
        <Button icon={<UploadOutlined />} data-testid="upload-button">
          {t("incident.upload")}
        </Button>
      </Upload>
      <Typography.Text type="secondary">{t("incident.attachmentHint")}</Typography.Text>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
      {files.map((file) => (
        <a
          key={file.doc_id}
          href={attachmentUrl(file.doc_id)}
          download={file.doc_name}
          data-testid="attachment-link"
        >
          {t("incident.download", { name: file.doc_name })}
        </a>
      ))}
    </Space>
  );
}
