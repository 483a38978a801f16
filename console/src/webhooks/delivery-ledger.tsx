import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatTime } from "../api/names.ts";
import { type Delivery, deliveriesQuery, redeliver } from "../api/notifications.ts";
import { ErrorMessage, useErrorText } from "../components/error-message.tsx";

const STATUS_COLOUR = { pending: "blue", delivered: "green", failed: "red" } as const;

/** A subscription's deliveries, newest first, each with its last answer and a redeliver button. */
export function DeliveryLedger({ webhookId }: { webhookId: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [page, setPage] = useState({ current: 1, size: 10 });
  const deliveries = useQuery({
    ...deliveriesQuery(webhookId, { offset: (page.current - 1) * page.size, limit: page.size }),
    // Pending deliveries move on their own: read again while the ledger is open.
    refetchInterval: 3_000,
    placeholderData: keepPreviousData,
  });
  const again = async (delivery: Delivery) => {
    try {
      await redeliver(webhookId, delivery.id);
      message.success(t("webhooks.redelivered"));
      await client.invalidateQueries({ queryKey: ["webhooks", webhookId, "deliveries"] });
    } catch (failure) {
      message.error(errorText(failure));
    }
  };
  const excerpt = (d: Delivery) => {
    const last = d.attempt_log[d.attempt_log.length - 1];
    return last?.response_excerpt ?? last?.error ?? d.last_error ?? "";
  };
  return (
    <div data-testid={`ledger-${webhookId}`}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t("webhooks.ledger")}
      </Typography.Title>
      {deliveries.isError && (
        <Alert type="error" showIcon message={<ErrorMessage error={deliveries.error} />} />
      )}
      <Table<Delivery>
        rowKey="id"
        size="small"
        loading={deliveries.isPending}
        dataSource={deliveries.data?.deliveries ?? []}
        scroll={{ x: 720 }}
        locale={{
          emptyText: <Typography.Text type="secondary">{t("webhooks.noDeliveries")}</Typography.Text>,
        }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: deliveries.data?.total ?? 0,
          onChange: (current, size) => setPage({ current, size }),
        }}
        onRow={(d) => ({ "data-testid": "delivery", "data-status": d.status }) as object}
        columns={[
          {
            title: t("webhooks.created"),
            dataIndex: "created_at",
            render: (ms: number) => formatTime(i18n.language, ms),
          },
          { title: t("webhooks.event"), dataIndex: "event_type" },
          { title: t("webhooks.incident"), dataIndex: "incident_num", render: (n: string | null) => n ?? "" },
          {
            title: t("webhooks.status"),
            dataIndex: "status",
            render: (s: Delivery["status"]) => (
              <Tag color={STATUS_COLOUR[s as keyof typeof STATUS_COLOUR]}>
                {t(`webhooks.deliveryStatus.${s}`)}
              </Tag>
            ),
          },
          { title: t("webhooks.attempts"), dataIndex: "attempts" },
          {
            title: t("webhooks.statusCode"),
            dataIndex: "last_status_code",
            render: (c: number | null) => c ?? "",
          },
          {
            title: t("webhooks.response"),
            key: "excerpt",
            render: (_: unknown, d) => (
              <Typography.Text ellipsis={{ tooltip: excerpt(d) }} style={{ maxWidth: 240 }}>
                {excerpt(d)}
              </Typography.Text>
            ),
          },
          {
            title: t("incident.actions"),
            key: "redeliver",
            render: (_: unknown, d) => (
              <Button size="small" onClick={() => again(d)} data-testid={`redeliver-${d.id}`}>
                {t("webhooks.redeliver")}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
