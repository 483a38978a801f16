import type { Resolution } from "../oncall/oncall-resolution.ts";
import type { WorkflowEvent } from "../workflow/workflow-types.ts";
import type { Incident } from "./incident.ts";

/** An on-call resolution, or the scene and role nobody could be resolved from and why. */
export type OnCallOutcome = Resolution | { scene: string; role: string; unresolved: string };

/**
 * Every change to an incident is one of these typed domain events. The single writer
 * (incident-writer.ts) derives the incident's history entry from it and hands it to the subscribers
 * registered on the event bus, inside the change's transaction.
 */

/** How an entry is named in the incident's history (COC's action key and display names). */
export interface HistoryAction {
  key: string;
  name_zh: string;
  name_en: string;
}

/** The history names of the changes that are not workflow actions (those are named by the table). */
export const HISTORY_ACTIONS = {
  create: { key: "create", name_zh: "创建事件单", name_en: "Create incident" },
  linkAlarm: { key: "linkAlarm", name_zh: "关联告警", name_en: "Link alarm" },
  alarmsRecovered: {
    key: "alarmsRecovered",
    name_zh: "关联告警已全部恢复",
    name_en: "All linked alarms recovered",
  },
  startWarRoom: { key: "startWarRoom", name_zh: "启动WarRoom", name_en: "Start WarRoom" },
  closeWarRoom: { key: "closeWarRoom", name_zh: "关闭WarRoom", name_en: "Close WarRoom" },
  escalate: { key: "escalate", name_zh: "升级", name_en: "Escalate" },
  changeWarRoomStatus: {
    key: "changeWarRoomStatus",
    name_zh: "更新WarRoom状态",
    name_en: "Change WarRoom status",
  },
} as const satisfies Record<string, HistoryAction>;

/** Facts every event carries. */
export interface EventBase {
  /** Who the change is recorded for: a user id, or the transfer-rule processor's principal. */
  operator: string;
  /** When it happened (epoch ms; also the incident's new update_time). */
  at: number;
  comment: string | null;
}

/** A workflow action: the table's action (its history names) and the nodes it moved between. */
export type WorkflowActionEvent = EventBase &
  WorkflowEvent & {
    action: HistoryAction;
    node_before: string;
    node_after: string;
    credential_id: string;
    /** The attachments the action's attachment parameter named (checked to exist). */
    attachment_ids: string[];
  };

export type IncidentEvent =
  | (EventBase & {
      type: "created";
      source: string;
      credential_id: string;
      /** How COC's on-call scene + role became the assignee (or why nobody could be). */
      oncall?: OnCallOutcome;
      /** TransferAlarmToIncident's `attachment` (checked to exist) and `is_change_event`. */
      attachment_ids?: string[];
      is_change_event?: boolean;
    })
  | WorkflowActionEvent
  | (EventBase & {
      type: "alarm_linked";
      alarm_id: string;
      episode: number;
      alarm_level: string;
      rule_id: string;
      group_key: string;
    })
  | (EventBase & { type: "alarms_recovered"; last_alarm_id: string; rule_id: string; auto_solve: string })
  | (EventBase & {
      type: "escalated";
      scene_id: string;
      /** The policy step that fired (0-based) and the round through the steps. */
      step: number;
      round: number;
      from: string | null;
      to: string;
      target: { role_id: string } | { user_id: string };
    })
  | (EventBase & {
      type: "warroom_started";
      war_room_num: string;
      auto_started: boolean;
      credential_id: string;
    })
  | (EventBase & {
      type: "warroom_status_changed" | "warroom_closed";
      war_room_num: string;
      war_room_status_before: string;
      war_room_status_after: string;
      credential_id: string;
    });

export type IncidentEventType = IncidentEvent["type"];

/** What subscribers receive: the event with the incident as it was and as it now is. */
export interface PublishedChange {
  event: IncidentEvent;
  /** null for `created`. */
  before: Incident | null;
  after: Incident;
}

/** The history entry's action names and details, derived from the event alone. */
export function historyOf(event: IncidentEvent): { action: HistoryAction; details: Record<string, unknown> } {
  const { operator, at, comment, ...facts } = event;
  switch (facts.type) {
    case "created":
      return {
        action: HISTORY_ACTIONS.create,
        details: {
          source: facts.source,
          credential_id: facts.credential_id,
          ...(facts.oncall ? { oncall: facts.oncall } : {}),
          ...(facts.attachment_ids?.length ? { attachment_ids: facts.attachment_ids } : {}),
          ...(facts.is_change_event === undefined ? {} : { is_change_event: facts.is_change_event }),
        },
      };
    case "alarm_linked":
    case "alarms_recovered":
    case "escalated":
    case "warroom_started": {
      const { type, ...details } = facts;
      const action = {
        alarm_linked: HISTORY_ACTIONS.linkAlarm,
        alarms_recovered: HISTORY_ACTIONS.alarmsRecovered,
        escalated: HISTORY_ACTIONS.escalate,
        warroom_started: HISTORY_ACTIONS.startWarRoom,
      }[type];
      return { action, details };
    }
    case "warroom_status_changed":
    case "warroom_closed": {
      const { type, ...details } = facts;
      const action =
        type === "warroom_closed" ? HISTORY_ACTIONS.closeWarRoom : HISTORY_ACTIONS.changeWarRoomStatus;
      return { action, details };
    }
    default: {
      const { type, action, node_before, node_after, credential_id, attachment_ids, ...outcome } = facts;
      return {
        action,
        details: {
          node_before,
          node_after,
          credential_id,
          ...outcome,
          ...(attachment_ids.length > 0 ? { attachment_ids } : {}),
        },
      };
    }
  }
}
