import { checkAgainstLedger, checkHistory, type ObservedIncident } from "./checks.ts";
import type { Ledger } from "./ledger.ts";
import { send } from "./load.ts";

/**
 * Verification through the API a client would use after the restart: the detail shows what the create
 * sent, and the v2 and v1 histories agree with each other, with the state and with the ledger.
 */
async function observe(baseUrl: string, token: string, number: string): Promise<ObservedIncident | string> {
  const [detail, v2, v1] = await Promise.all([
    send(baseUrl, token, "GET", `/v1/external/incident/${number}`),
    send(baseUrl, token, "POST", `/v2/incidents/${number}/histories`, {}),
    send(baseUrl, token, "POST", "/v1/external/incident/list-histories", {
      string_filters: [{ field: "ticket_id", operator: "=", values: [number] }],
    }),
  ]);
  if (detail.outcome !== "ok") {
    return detail.body?.error_code === "COC.00067003"
      ? `${number}: acknowledged create is missing (detail answers ${detail.note}): a lost write`
      : `${number}: detail could not be read (${detail.note})`;
  }
  if (v2.outcome !== "ok" || v1.outcome !== "ok") {
    return `${number}: histories could not be read (v2 ${v2.note ?? "ok"}, v1 ${v1.note ?? "ok"})`;
  }
  const v2Items = v2.body.data.info as Array<{ action: string; status: string; comment: string }>;
  const v1Items = v1.body.data.info as Array<{
    action_id: string;
    action: string;
    status: string;
    comment: string;
  }>;
  if (v2.body.data.total !== v2Items.length || v1.body.data.total !== v1Items.length) {
    return `${number}: history total disagrees with the items returned`;
  }
  const sameAsV1 =
    v1Items.length === v2Items.length &&
    v1Items.every((item, i) => {
      const other = v2Items[i];
      return other?.action === item.action && other.status === item.status && other.comment === item.comment;
    });
  if (!sameAsV1) return `${number}: the v1 and v2 histories disagree`;
  const data = detail.body.data as Record<string, unknown>;
  return {
    number,
    title: String(data.incident_title),
    status: String(data.status),
    handleTime: (data.handle_time as number | null) ?? null,
    faultRecoveryTime: (data.fault_recovery_time as number | null) ?? null,
    detail: data,
    entries: v1Items.map((item) => ({
      seq: Number(item.action_id),
      action: item.action,
      statusAfter: item.status,
      comment: item.comment === "" ? null : item.comment,
    })),
  };
}

export interface ApiVerdict {
  problems: string[];
  checked: number;
}

/** Checks the given acknowledged incidents through the API, a few at a time. */
export async function verifyThroughApi(
  baseUrl: string,
  token: string,
  ledger: Ledger,
  numbers: readonly string[],
  parallel = 8,
): Promise<ApiVerdict> {
  const problems: string[] = [];
  const queue = [...numbers];
  const worker = async () => {
    for (let number = queue.pop(); number !== undefined; number = queue.pop()) {
      const create = ledger.createsByNumber.get(number);
      if (!create) continue;
      const observed = await observe(baseUrl, token, number);
      if (typeof observed === "string") {
        problems.push(observed);
        continue;
      }
      problems.push(...checkHistory(observed));
      problems.push(...checkAgainstLedger(observed, create, ledger.actionsByIncident.get(number) ?? []));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { problems, checked: numbers.length };
}
