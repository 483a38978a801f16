/** The administration pages' calls (admins only: the server answers 403 to anyone else). */
import { type Answer, api, type Body, call } from "./client.ts";
import type { Role } from "./session.ts";

export type AdminUser = Answer<"/incidentd/v1/users", "get">["users"][number];
export type ApiToken = Answer<"/incidentd/v1/tokens", "get">["tokens"][number];
export type AccessKey = Answer<"/incidentd/v1/access-keys", "get">["access_keys"][number];
export type Integration = Answer<"/incidentd/v1/integrations", "get">["integrations"][number];
export type Settings = Answer<"/incidentd/v1/settings", "get">;
/** The console creates person-role credentials (reader, writer, admin); metrics tokens come from the CLI or API. */
export type NewCredential = Body<"/incidentd/v1/access-keys", "post">;
export type NewIntegration = Body<"/incidentd/v1/integrations", "post">;

export const ROLES: Role[] = ["reader", "writer", "admin"];

export const usersQuery = { queryKey: ["users"], queryFn: () => call(api.GET("/incidentd/v1/users")) };
export const tokensQuery = { queryKey: ["tokens"], queryFn: () => call(api.GET("/incidentd/v1/tokens")) };
export const accessKeysQuery = {
  queryKey: ["access-keys"],
  queryFn: () => call(api.GET("/incidentd/v1/access-keys")),
};
export const integrationsQuery = {
  queryKey: ["integrations"],
  queryFn: () => call(api.GET("/incidentd/v1/integrations")),
};
export const settingsQuery = {
  queryKey: ["settings"],
  queryFn: () => call(api.GET("/incidentd/v1/settings")),
};

const user = (id: string) => ({ params: { path: { user_id: id } } });

/** A directory user who can sign in: added, then given a password and a role (two calls, as the API has them). */
export async function addUser(values: {
  id: string;
  display_name: string;
  email?: string;
  password: string;
  role: Role;
}) {
  const { password, role, email, ...rest } = values;
  await call(api.POST("/incidentd/v1/users", { body: { ...rest, ...(email ? { email } : {}) } }));
  return call(
    api.PUT("/incidentd/v1/users/{user_id}/password", { ...user(values.id), body: { password, role } }),
  );
}

export const setUserRole = (id: string, role: Role) =>
  call(api.PUT("/incidentd/v1/users/{user_id}/role", { ...user(id), body: { role } }));

export const setUserPassword = (id: string, password: string) =>
  call(api.PUT("/incidentd/v1/users/{user_id}/password", { ...user(id), body: { password } }));

export const createToken = (body: NewCredential) => call(api.POST("/incidentd/v1/tokens", { body }));
export const revokeToken = (id: string) =>
  call(api.DELETE("/incidentd/v1/tokens/{token_id}", { params: { path: { token_id: id } } }));

export const createAccessKey = (body: NewCredential) => call(api.POST("/incidentd/v1/access-keys", { body }));
const key = (ak: string) => ({ params: { path: { access_key: ak } } });
export const setAccessKeyEnabled = (ak: string, enabled: boolean) =>
  enabled
    ? call(api.POST("/incidentd/v1/access-keys/{access_key}/enable", key(ak)))
    : call(api.POST("/incidentd/v1/access-keys/{access_key}/disable", key(ak)));
export const deleteAccessKey = (ak: string) =>
  call(api.DELETE("/incidentd/v1/access-keys/{access_key}", key(ak)));

export const createIntegration = (body: NewIntegration) =>
  call(api.POST("/incidentd/v1/integrations", { body }));
const integration = (id: string) => ({ params: { path: { integration_id: id } } });
export const setIntegrationEnabled = (id: string, enabled: boolean) =>
  enabled
    ? call(api.POST("/incidentd/v1/integrations/{integration_id}/enable", integration(id)))
    : call(api.POST("/incidentd/v1/integrations/{integration_id}/disable", integration(id)));
export const deleteIntegration = (id: string) =>
  call(api.DELETE("/incidentd/v1/integrations/{integration_id}", integration(id)));

export const updateSettings = (body: Body<"/incidentd/v1/settings", "put">) =>
  call(api.PUT("/incidentd/v1/settings", { body }));

export type Application = Answer<"/incidentd/v1/applications", "get">["applications"][number];
export type NewApplication = Body<"/incidentd/v1/applications", "post">;
export const applicationsQuery = {
  queryKey: ["applications"],
  queryFn: () => call(api.GET("/incidentd/v1/applications")),
};
/** Adds an application, or renames it (the API upserts by id; it has no delete). */
export const saveApplication = (body: NewApplication) =>
  call(api.POST("/incidentd/v1/applications", { body }));

/** The catalogue fields a project may extend (the server refuses the others). */
export const EXTENSIBLE_FIELDS = ["incident_type", "incident_ownership"] as const;
export type ExtensibleField = (typeof EXTENSIBLE_FIELDS)[number];
export type NewCatalogueEntry = Body<"/incidentd/v1/catalogue/{field}", "post">;
/** Adds a project's own key, or renames it (upsert by field and key; built-in keys are refused). */
export const saveCatalogueEntry = (field: ExtensibleField, body: NewCatalogueEntry) =>
  call(api.POST("/incidentd/v1/catalogue/{field}", { params: { path: { field } }, body }));

export type TransferRule = Answer<"/incidentd/v1/transfer-rules", "get">["rules"][number];
export type TransferRuleBody = Body<"/incidentd/v1/transfer-rules", "post">;
export const transferRulesQuery = {
  queryKey: ["transfer-rules"],
  queryFn: () => call(api.GET("/incidentd/v1/transfer-rules")),
};
const rule = (id: string) => ({ params: { path: { rule_id: id } } });
export const createTransferRule = (body: TransferRuleBody) =>
  call(api.POST("/incidentd/v1/transfer-rules", { body }));
export const updateTransferRule = (id: string, body: TransferRuleBody) =>
  call(api.PUT("/incidentd/v1/transfer-rules/{rule_id}", { ...rule(id), body }));
export const deleteTransferRule = (id: string) =>
  call(api.DELETE("/incidentd/v1/transfer-rules/{rule_id}", rule(id)));
