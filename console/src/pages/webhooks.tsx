import { PlusOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Popconfirm, Space, Switch, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatTime } from "../api/names.ts";
import { deleteWebhook, setWebhookEnabled, type Webhook, webhooksQuery } from "../api/notifications.ts";
import { useSession } from "../api/session.ts";
import { ErrorMessage, useErrorText } from "../components/error-message.tsx";
import { DeliveryLedger } from "../webhooks/delivery-ledger.tsx";
import { SecretDialog, WebhookForm } from "../webhooks/webhook-form.tsx";

/** The project's webhook subscriptions and their ledgers: admins only (the server refuses others). */
export function WebhooksPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const isAdmin = session?.role === "admin";
  return (
    <section aria-labelledby="webhooks-title">
      <Typography.Title level={1} id="webhooks-title" style={{ fontSize: 24, margin: "8px 0" }}>
        {t("webhooks.title")}
      </Typography.Title>
      {isAdmin ? (
        <WebhookList />
      ) : (
        <Alert type="error" showIcon message={<span role="alert">{t("errors.forbidden")}</span>} />
      )}
    </section>
  );
}

function WebhookList() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const webhooks = useQuery({ ...webhooksQuery, refetchInterval: 10_000 });
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string[]>([]);
  const refresh = () => client.invalidateQueries({ queryKey: ["webhooks"], exact: true });
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      await refresh();
    } catch (failure) {
      message.error(errorText(failure));
    }
  };
  const health = (w: Webhook) => {
    if (w.disabled_reason) return <Typography.Text type="danger">{w.disabled_reason}</Typography.Text>;
    if (w.failing_since)
      return (
        <Typography.Text type="warning">
          {t("webhooks.failingSince", { time: formatTime(i18n.language, w.failing_since) })}
        </Typography.Text>
      );
    return "";
  };
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="create-webhook"
        >
          {t("webhooks.create")}
        </Button>
      </Space>
      {webhooks.isError && <Alert type="error" showIcon message={<ErrorMessage error={webhooks.error} />} />}
      <Table<Webhook>
        rowKey="id"
        size="middle"
        loading={webhooks.isPending}
        dataSource={webhooks.data?.webhooks ?? []}
        scroll={{ x: 800 }}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">{t("webhooks.none")}</Typography.Text> }}
        onRow={(w) => ({ "data-testid": `webhook-${w.id}` }) as object}
        expandable={{
          expandedRowKeys: open,
          onExpandedRowsChange: (keys) => setOpen(keys as string[]),
          expandedRowRender: (w) => <DeliveryLedger webhookId={w.id} />,
          showExpandColumn: false,
        }}
        columns={[
          {
            title: t("webhooks.url"),
            dataIndex: "url",
            render: (url: string, w) => (
              <>
                <Typography.Text code>{url}</Typography.Text>
                {w.description && <Typography.Text type="secondary"> {w.description}</Typography.Text>}
              </>
            ),
          },
          { title: t("webhooks.kind"), dataIndex: "kind", responsive: ["md"] },
          {
            title: t("webhooks.events"),
            dataIndex: "events",
            render: (events: string[]) =>
              events.length === 0 ? t("webhooks.allEvents") : events.map((e) => <Tag key={e}>{e}</Tag>),
          },
          {
            title: t("webhooks.enabled"),
            key: "enabled",
            render: (_: unknown, w) => (
              <Switch
                checked={w.enabled}
                aria-label={t("webhooks.enabled")}
                data-testid={`enabled-${w.id}`}
                onChange={(on) =>
                  run(
                    () => setWebhookEnabled(w.id, on),
                    t(on ? "webhooks.enabledDone" : "webhooks.disabledDone"),
                  )
                }
              />
            ),
          },
          { title: t("webhooks.health"), key: "health", render: (_: unknown, w) => health(w) },
          {
            title: t("incident.actions"),
            key: "actions",
            render: (_: unknown, w) => (
              <Space wrap>
                <Button
                  size="small"
                  data-testid={`ledger-toggle-${w.id}`}
                  onClick={() =>
                    setOpen((keys) =>
                      keys.includes(w.id) ? keys.filter((k) => k !== w.id) : [...keys, w.id],
                    )
                  }
                >
                  {t(open.includes(w.id) ? "webhooks.hideLedger" : "webhooks.showLedger")}
                </Button>
                <Popconfirm
                  title={t("webhooks.confirmDelete")}
                  okText={t("webhooks.delete")}
                  cancelText={t("incident.cancel")}
                  onConfirm={() => run(() => deleteWebhook(w.id), t("webhooks.deleted"))}
                >
                  <Button size="small" danger data-testid={`delete-${w.id}`}>
                    {t("webhooks.delete")}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <WebhookForm
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={async (created) => {
          setCreating(false);
          setSecret(created);
          await refresh();
        }}
      />
      <SecretDialog secret={secret} onClose={() => setSecret(null)} />
    </>
  );
}
