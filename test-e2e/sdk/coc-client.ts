/**
 * The incident operations of the official Huawei Cloud COC client, for driving incidentd through the real
 * `@huaweicloud/huaweicloud-sdk-core` (its ClientBuilder, HcClient, credentials, AK/SK signer, axios HTTP
 * client and exception classes).
 *
 * Why not the official COC package: `@huaweicloud/huaweicloud-sdk-coc` is not published on the npm
 * registry, the only registry this project's machines reach. The official client
 * (huaweicloud/huaweicloud-sdk-nodejs-v3, services/coc/v1/CocClient.ts, Apache-2.0) is generated code whose
 * operations each build one `HttpRequestOptions` value and hand it to `HcClient.sendRequest`; everything on
 * the wire (URL, headers, signature, body bytes) and every exception is produced by the core package.
 * This file restates, for the operations incidentd implements, exactly what those generated builders put
 * in that value: method, path template, declared content type, where each request field goes, `data` =
 * the body or `{}` for POST and none for GET, and `responseHeaders: ['']`. Requests are taken in the
 * SDK's plain-object form (snake_case keys, as `client.op({ incident_num: … })`), which the generated
 * client accepts as well as its model classes; a model instance serialises to the same JSON.
 */
import { ClientBuilder } from "@huaweicloud/huaweicloud-sdk-core/ClientBuilder.js";
import type { HcClient, HttpRequestOptions } from "@huaweicloud/huaweicloud-sdk-core/HcClient.js";
import type { SdkResponse } from "@huaweicloud/huaweicloud-sdk-core/SdkResponse.js";
import type { SdkStreamResponse } from "@huaweicloud/huaweicloud-sdk-core/SdkStreamResponse.js";
import FormData from "form-data";

/** COC's envelope as the SDK resolves it: the parsed JSON body plus the HTTP status. */
export type CocResponse<T> = SdkResponse & {
  provider_code?: string;
  error_code?: string;
  error_msg?: string | null;
  data?: T;
};

type Body = Record<string, unknown>;

function need<T>(value: T | undefined, name: string, operation: string): T {
  // The generated client throws its RequiredError locally, before anything is sent.
  if (value === undefined || value === null) {
    throw new Error(`Required parameter ${name} was null or undefined when calling ${operation}.`);
  }
  return value;
}

function post(url: string, body: Body | undefined, pathParams: Record<string, string> = {}) {
  return {
    method: "POST",
    url,
    contentType: "application/json;charset=UTF-8",
    queryParams: {},
    pathParams,
    headers: { "Content-Type": "application/json;charset=UTF-8" },
    data: body ?? {},
  };
}

function get(url: string, pathParams: Record<string, string> = {}, queryParams: Body = {}) {
  return { method: "GET", url, contentType: "application/json", queryParams, pathParams, headers: {} };
}

export class CocClient {
  static newBuilder(): ClientBuilder<CocClient> {
    return new ClientBuilder<CocClient>((hc) => new CocClient(hc), "GlobalCredentials,BasicCredentials");
  }

  constructor(private readonly hcClient: HcClient) {}

  private send<T>(options: HttpRequestOptions): Promise<CocResponse<T>> {
    return this.hcClient.sendRequest({ ...options, responseHeaders: [""] } as HttpRequestOptions);
  }

  createCocIncident(request: { body?: Body }) {
    const body = need(request.body, "body", "createCocIncident");
    return this.send<{ incident_num: string }>(post("/v1/external/incident/create", body));
  }

  showCocIncidentDetail(request: { incident_num?: string }) {
    const num = need(request.incident_num, "incidentNum", "showCocIncidentDetail");
    return this.send<Body>(get("/v1/external/incident/{incident_num}", { incident_num: num }));
  }

  handleCocIncident(request: { body?: Body }) {
    const body = need(request.body, "body", "handleCocIncident");
    return this.send<null>(post("/v1/external/incident/handle", body));
  }

  listCocTicketOperationHistories(request: { ticket_type?: string; body?: Body }) {
    const ticketType = need(request.ticket_type, "ticketType", "listCocTicketOperationHistories");
    const body = need(request.body, "body", "listCocTicketOperationHistories");
    return this.send<{ total: number; info: Body[] }>(
      post("/v1/external/{ticket_type}/list-histories", body, { ticket_type: ticketType }),
    );
  }

  listIncidentSimpleTickets(request: { offset?: number; limit?: number } = {}) {
    const query: Body = {};
    if (request.offset !== undefined) query.offset = request.offset;
    if (request.limit !== undefined) query.limit = request.limit;
    return this.send<{ total: number; IncidentSimpleTicketInfos: Body[] }>(
      get("/v1/incident-tickets", {}, query),
    );
  }

  listIncidents(request: { body?: Body } = {}) {
    return this.send<{ total: number; tickets: Body[] }>(post("/v2/incidents/list", request.body));
  }

  listIncidentsHistories(request: { incident_id?: string; body?: Body }) {
    const id = need(request.incident_id, "incidentId", "listIncidentsHistories");
    return this.send<{ total: number; info: Body[] }>(
      post("/v2/incidents/{incident_id}/histories", request.body, { incident_id: id }),
    );
  }

  showIncidentTask(request: { incident_id?: string }) {
    const id = need(request.incident_id, "incidentId", "showIncidentTask");
    return this.send<Array<{ key: string; operations: Array<{ task_id: string; key: string }> }>>(
      get("/v2/incidents/{incident_id}/tasks", { incident_id: id }),
    );
  }

  /** The generated builder: a form-data `FormData` with the one part `file`, declared multipart/form-data. */
  createExternalCocAttachment(request: { body?: { file: Buffer; filename: string } }) {
    const body = need(request.body, "body", "createExternalCocAttachment");
    const form = new FormData();
    form.append("file", body.file, { filename: body.filename });
    return this.send<{ doc_id: string; doc_name: string }>({
      method: "POST",
      url: "/v1/external/incident/attachments",
      contentType: "multipart/form-data",
      queryParams: {},
      pathParams: {},
      headers: { "Content-Type": "multipart/form-data" },
      data: form,
    } as unknown as HttpRequestOptions);
  }

  /** The core answers an SdkStreamResponse (`body`) for octet-stream, image/* and zip, else the parsed JSON. */
  downloadAttachment(request: { ticket_type?: string; doc_id?: string }) {
    const ticketType = need(request.ticket_type, "ticketType", "downloadAttachment");
    const docId = need(request.doc_id, "docId", "downloadAttachment");
    return this.send<never>(
      get("/v1/{ticket_type}/attachments/{doc_id}", { ticket_type: ticketType, doc_id: docId }),
    ) as Promise<SdkStreamResponse | CocResponse<never>>;
  }

  handleIncident(request: { incident_id?: string; body?: Body }) {
    const id = need(request.incident_id, "incidentId", "handleIncident");
    const body = need(request.body, "body", "handleIncident");
    return this.send<null>(post("/v2/incidents/{incident_id}/actions", body, { incident_id: id }));
  }
}
