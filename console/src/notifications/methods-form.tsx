import { Alert, App, Button, Card, Form, Input, Select, Switch, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  CHAT_KINDS,
  type ChatKind,
  type ContactMethod,
  type ContactMethodsInput,
  LANGUAGES,
  type Language,
  setMethods,
} from "../api/notifications.ts";
import { useErrorText } from "../components/error-message.tsx";
import { showFieldError } from "./field-error.ts";

interface Values {
  email: { on: boolean; address?: string; language: Language };
  chat: { on: boolean; kind?: ChatKind; url?: string; signing_secret?: string; language: Language };
}

function initialValues(methods: ContactMethod[]): Values {
  const email = methods.find((m) => m.kind === "email");
  const chat = methods.find((m) => m.kind !== "email");
  return {
    email: { on: Boolean(email), address: email?.target, language: (email?.language ?? "en") as Language },
    chat: {
      on: Boolean(chat),
      kind: chat?.kind as ChatKind | undefined,
      url: chat?.target,
      language: (chat?.language ?? "en") as Language,
    },
  };
}

function toInput(values: Values): ContactMethodsInput {
  const { email, chat } = values;
  const secret = chat.signing_secret?.trim();
  return {
    email: email.on
      ? { ...(email.address?.trim() ? { address: email.address.trim() } : {}), language: email.language }
      : null,
    chat:
      chat.on && chat.kind
        ? {
            kind: chat.kind,
            url: chat.url?.trim() ?? "",
            language: chat.language,
            // The stored secret is never shown: saving sends what the field holds (empty: none).
            ...(secret ? { signing_secret: secret } : {}),
          }
        : null,
  };
}

/** How the user is reached: e-mail and/or one chat bot (saving replaces both). */
export function MethodsForm({
  userId,
  methods,
  onSaved,
}: {
  userId: string;
  methods: ContactMethod[];
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const emailOn = Form.useWatch(["email", "on"], form);
  const chatOn = Form.useWatch(["chat", "on"], form);
  const languageOptions = LANGUAGES.map((l) => ({ value: l, label: t(`notifications.language.${l}`) }));

  const save = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await setMethods(userId, toInput(values));
      message.success(t("notifications.methodsSaved"));
      await onSaved();
    } catch (failure) {
      const taken = showFieldError(form, failure, (field) => {
        const [group, name] = field.split(".");
        return (group === "email" || group === "chat") && name ? [group, name] : undefined;
      });
      if (!taken) setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const state = (kind: "email" | "chat") => {
    const method = methods.find((m) => (kind === "email" ? m.kind === "email" : m.kind !== "email"));
    if (!method) return null;
    return method.enabled ? (
      <Tag color="green">{t("notifications.enabled")}</Tag>
    ) : (
      <Typography.Text type="danger" data-testid={`${kind}-disabled`}>
        {t("notifications.disabledBecause", { reason: method.disabled_reason ?? "" })}
      </Typography.Text>
    );
  };

  return (
    <Card title={t("notifications.methods")} size="small" data-testid="methods">
      <Form form={form} layout="vertical" initialValues={initialValues(methods)} onFinish={save}>
        <Form.Item name={["email", "on"]} label={t("notifications.emailOn")} valuePropName="checked">
          <Switch />
        </Form.Item>
        {state("email")}
        {emailOn && (
          <>
            <Form.Item
              name={["email", "address"]}
              label={t("notifications.emailAddress")}
              extra={t("notifications.emailAddressHint")}
            >
              <Input type="email" autoComplete="email" />
            </Form.Item>
            <Form.Item name={["email", "language"]} label={t("notifications.emailLanguage")}>
              <Select options={languageOptions} />
            </Form.Item>
          </>
        )}
        <Form.Item name={["chat", "on"]} label={t("notifications.chatOn")} valuePropName="checked">
          <Switch />
        </Form.Item>
        {state("chat")}
        {chatOn && (
          <>
            <Form.Item
              name={["chat", "kind"]}
              label={t("notifications.chatKind")}
              rules={[{ required: true, message: t("signIn.required") }]}
            >
              <Select options={CHAT_KINDS.map((k) => ({ value: k, label: t(`notifications.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item
              name={["chat", "url"]}
              label={t("notifications.chatUrl")}
              rules={[{ required: true, message: t("signIn.required") }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name={["chat", "signing_secret"]}
              label={t("notifications.chatSecret")}
              extra={t("notifications.chatSecretHint")}
            >
              <Input.Password autoComplete="off" />
            </Form.Item>
            <Form.Item name={["chat", "language"]} label={t("notifications.chatLanguage")}>
              <Select options={languageOptions} />
            </Form.Item>
          </>
        )}
        {error && <Alert type="error" showIcon message={<span role="alert">{error}</span>} />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-methods">
          {t("notifications.saveMethods")}
        </Button>
      </Form>
    </Card>
  );
}
