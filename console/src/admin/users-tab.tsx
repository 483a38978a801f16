import { PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Form, Input, Modal, Select, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AdminUser, addUser, ROLES, setUserPassword, setUserRole, usersQuery } from "../api/admin.ts";
import type { Role } from "../api/session.ts";
import { ErrorMessage, useErrorText } from "../components/error-message.tsx";
import { showFieldError } from "../notifications/field-error.ts";
import { useRun } from "./use-run.ts";

interface NewUser {
  id: string;
  display_name: string;
  email?: string;
  password: string;
  role: Role;
}

/** The directory's people: add one who can sign in, change a role, set a new password. */
export function UsersTab() {
  const { t } = useTranslation();
  const users = useQuery(usersQuery);
  const run = useRun(["users"]);
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<string | null>(null);
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-user">
        {t("admin.users.add")}
      </Button>
      {users.isError && <Alert type="error" showIcon message={<ErrorMessage error={users.error} />} />}
      <Table<AdminUser>
        style={{ marginTop: 12 }}
        rowKey="id"
        size="middle"
        loading={users.isPending}
        dataSource={users.data?.users ?? []}
        scroll={{ x: 640 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(u) => ({ "data-testid": `user-${u.id}` }) as object}
        columns={[
          { title: t("admin.users.id"), dataIndex: "id" },
          { title: t("admin.users.name"), dataIndex: "display_name" },
          { title: t("admin.users.email"), dataIndex: "email", responsive: ["md"] },
          {
            title: t("admin.role"),
            key: "role",
            render: (_: unknown, u) =>
              u.role ? (
                <Select
                  value={u.role}
                  options={roleOptions}
                  aria-label={t("admin.users.roleOf", { id: u.id })}
                  data-testid={`role-${u.id}`}
                  style={{ minWidth: 110 }}
                  onChange={(role: Role) => run(() => setUserRole(u.id, role), t("admin.users.roleChanged"))}
                />
              ) : (
                <Typography.Text type="secondary">{t("admin.users.noPassword")}</Typography.Text>
              ),
          },
          {
            title: t("incident.actions"),
            key: "actions",
            render: (_: unknown, u) => (
              <Button size="small" onClick={() => setResetting(u.id)} data-testid={`reset-${u.id}`}>
                {t(u.role ? "admin.users.resetPassword" : "admin.users.setPassword")}
              </Button>
            ),
          },
        ]}
      />
      <AddUserForm open={adding} onClose={() => setAdding(false)} />
      <PasswordForm userId={resetting} onClose={() => setResetting(null)} />
    </>
  );
}

function AddUserForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const run = useRun(["users"]);
  const [form] = Form.useForm<NewUser>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (values: NewUser) => {
    setBusy(true);
    setError(null);
    try {
      const email = values.email?.trim();
      await addUser({ ...values, id: values.id.trim(), ...(email ? { email } : { email: undefined }) });
      await run(async () => {}, t("admin.users.added"));
      form.resetFields();
      onClose();
    } catch (failure) {
      const fields = ["id", "display_name", "email", "password", "role"];
      if (!showFieldError(form, failure, (f) => (fields.includes(f) ? [f] : undefined)))
        setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const required = [{ required: true, message: t("signIn.required") }];
  return (
    <Modal
      open={open}
      title={t("admin.users.add")}
      onCancel={onClose}
      footer={null}
      destroyOnClose
      forceRender
    >
      <Form form={form} name="add-user" layout="vertical" initialValues={{ role: "reader" }} onFinish={save}>
        <Form.Item name="id" label={t("admin.users.id")} rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="display_name" label={t("admin.users.name")} rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="email" label={t("admin.users.email")}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label={t("signIn.password")} rules={required}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={t("admin.role")}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        {error && <Alert type="error" showIcon message={<span role="alert">{error}</span>} />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="add-user-submit">
          {t("admin.users.addSubmit")}
        </Button>
      </Form>
    </Modal>
  );
}

/** A new password: the user's sessions end (the server's rule). */
function PasswordForm({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const run = useRun(["users"]);
  const [form] = Form.useForm<{ password: string }>();
  const save = async ({ password }: { password: string }) => {
    if (userId && (await run(() => setUserPassword(userId, password), t("admin.users.passwordSet")))) {
      form.resetFields();
      onClose();
    }
  };
  return (
    <Modal
      open={userId !== null}
      title={t("admin.users.passwordFor", { id: userId ?? "" })}
      onCancel={onClose}
      footer={null}
      destroyOnClose
      forceRender
    >
      <Typography.Paragraph type="secondary">{t("admin.users.passwordHint")}</Typography.Paragraph>
      <Form form={form} name="set-password" layout="vertical" onFinish={save}>
        <Form.Item
          name="password"
          label={t("admin.users.newPassword")}
          rules={[{ required: true, message: t("signIn.required") }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="password-submit">
          {t("admin.users.savePassword")}
        </Button>
      </Form>
    </Modal>
  );
}
