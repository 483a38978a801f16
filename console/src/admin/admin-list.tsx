import { PlusOutlined } from "@ant-design/icons";
import type { UseQueryResult } from "@tanstack/react-query";
import { Alert, Button, Popconfirm, Switch, Table, type TableColumnsType } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../components/error-message.tsx";
import type { Run } from "./use-run.ts";

/** An admin tab's frame: its create button, the list's load error and the list (50 a page). */
export function AdminList<T extends object>({
  create,
  query,
  rows,
  rowKey,
  columns,
  scrollX = 640,
  rowTestId,
  children,
}: {
  create: { label: string; testId: string; onClick: () => void };
  query: UseQueryResult<unknown>;
  rows: T[] | undefined;
  rowKey: keyof T & string;
  columns: TableColumnsType<T>;
  scrollX?: number;
  rowTestId?: (row: T) => string;
  /** Controls shown beside the create button (a filter). */
  children?: ReactNode;
}) {
  return (
    <>
      <div style={{ display: "flex", gap: 12, flexWrap: "wrap", alignItems: "center" }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={create.onClick} data-testid={create.testId}>
          {create.label}
        </Button>
        {children}
      </div>
      {query.isError && <Alert type="error" showIcon message={<ErrorMessage error={query.error} />} />}
      <Table<T>
        style={{ marginTop: 12 }}
        rowKey={rowKey}
        size="middle"
        loading={query.isPending}
        dataSource={rows ?? []}
        scroll={{ x: scrollX }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={rowTestId && ((row) => ({ "data-testid": rowTestId(row) }) as object)}
        columns={columns}
      />
    </>
  );
}

/** A row's button that asks first (delete by default). */
export function ConfirmButton({
  onConfirm,
  title,
  label,
  testId,
}: {
  onConfirm: () => unknown;
  title?: string;
  label?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const text = label ?? t("webhooks.delete");
  return (
    <Popconfirm
      title={title ?? t("admin.confirmDelete")}
      okText={text}
      cancelText={t("incident.cancel")}
      onConfirm={onConfirm}
    >
      <Button size="small" data-testid={testId}>
        {text}
      </Button>
    </Popconfirm>
  );
}

/** A row's enable switch: `set` sends the change, `run` says so and reads the list again. */
export function EnabledSwitch({
  checked,
  set,
  run,
  label,
}: {
  checked: boolean;
  set: (on: boolean) => Promise<unknown>;
  run: Run;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Switch
      checked={checked}
      aria-label={label ?? t("admin.enabled")}
      onChange={(on) => run(() => set(on), t(on ? "admin.enabledDone" : "admin.disabledDone"))}
    />
  );
}
