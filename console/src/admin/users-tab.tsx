import { useQuery } from "@tanstack/react-query";
import { Button, Form, Input, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type AdminUser, addUser, ROLES, setUserPassword, setUserRole, usersQuery } from "../api/admin.ts";
import type { Role } from "../api/session.ts";
import { fieldIn } from "../notifications/field-error.ts";
import { AdminList } from "./admin-list.tsx";
import { FormDialog } from "./form-dialog.tsx";
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
      <AdminList<AdminUser>
        create={{ label: t("admin.users.add"), testId: "add-user", onClick: () => setAdding(true) }}
        query={users}
        rows={users.data?.users}
        rowKey="id"
        rowTestId={(u) => `user-${u.id}`}
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

const NEW_USER: Partial<NewUser> = { role: "reader" };

function AddUserForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const run = useRun(["users"]);
  const [form] = Form.useForm<NewUser>();
  const save = async (values: NewUser) => {
    const email = values.email?.trim();
    await addUser({ ...values, id: values.id.trim(), ...(email ? { email } : { email: undefined }) });
    await run(async () => {}, t("admin.users.added"));
    onClose();
  };
  const required = [{ required: true, message: t("signIn.required") }];
  return (
    <FormDialog
      title={t("admin.users.add")}
      open={open}
      onClose={onClose}
      form={form}
      name="add-user"
      values={NEW_USER}
      save={save}
      fieldPath={fieldIn(["id", "display_name", "email", "password", "role"])}
      submitLabel={t("admin.users.addSubmit")}
      submitTestId="add-user-submit"
    >
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
    </FormDialog>
  );
}

const NO_PASSWORD: Partial<{ password: string }> = {};

/** A new password: the user's sessions end (the server's rule). */
function PasswordForm({ userId, onClose }: { userId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const run = useRun(["users"]);
  const [form] = Form.useForm<{ password: string }>();
  const save = async ({ password }: { password: string }) => {
    if (!userId) return;
    await setUserPassword(userId, password);
    await run(async () => {}, t("admin.users.passwordSet"));
    onClose();
  };
  return (
    <FormDialog
      title={t("admin.users.passwordFor", { id: userId ?? "" })}
      open={userId !== null}
      onClose={onClose}
      form={form}
      name="set-password"
      values={NO_PASSWORD}
      save={save}
      fieldPath={fieldIn(["password"])}
      submitLabel={t("admin.users.savePassword")}
      submitTestId="password-submit"
    >
      <Typography.Paragraph type="secondary">{t("admin.users.passwordHint")}</Typography.Paragraph>
      <Form.Item
        name="password"
        label={t("admin.users.newPassword")}
        rules={[{ required: true, message: t("signIn.required") }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormDialog>
  );
}
