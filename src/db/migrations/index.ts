import type { Migration, MigrationProvider } from "kysely";
import * as initial from "./20261130000000_initial.ts";
import * as workflow from "./20261130010000_workflow.ts";
import * as listIndexes from "./20261130020000_list_indexes.ts";
import * as accessKeys from "./20261130030000_access_keys.ts";
import * as alarms from "./20261130040000_alarms.ts";
import * as warrooms from "./20261130050000_warrooms.ts";
import * as attachments from "./20261130051000_attachments.ts";
import * as transferRules from "./20261130052000_transfer_rules.ts";
import * as listCounts from "./20261130053000_list_counts.ts";
import * as directoryVersion from "./20261130054000_directory_version.ts";
import * as signatureGuard from "./20261207000000_signature_guard.ts";
import * as alarmListIndex from "./20261207000100_alarm_list_index.ts";
import * as actAsOthers from "./20261207050000_act_as_others.ts";
import * as oncall from "./20261207080000_oncall.ts";
import * as userLogins from "./20261207090000_user_logins.ts";
import * as webhooks from "./20261207100000_webhooks.ts";
import * as oncallFeeds from "./20261207110000_oncall_feeds.ts";
import * as notificationRules from "./20261207120000_notification_rules.ts";
import * as alarmHandleRequests from "./20261207130000_alarm_handle_requests.ts";
import * as incidentFacts from "./20261207160000_incident_facts.ts";
import * as openIncidentsIndex from "./20261207180000_open_incidents_index.ts";
import * as openIncidentsByProject from "./20261207190000_open_incidents_by_project.ts";

/** Migrations listed statically so they load the same from source and from a build. */
const MIGRATIONS: Record<string, Migration> = {
  "20261130000000_initial": initial,
  "20261130010000_workflow": workflow,
  "20261130020000_list_indexes": listIndexes,
  "20261130030000_access_keys": accessKeys,
  "20261130040000_alarms": alarms,
  "20261130050000_warrooms": warrooms,
  "20261130051000_attachments": attachments,
  "20261130052000_transfer_rules": transferRules,
  "20261130053000_list_counts": listCounts,
  "20261130054000_directory_version": directoryVersion,
  "20261207000000_signature_guard": signatureGuard,
  "20261207000100_alarm_list_index": alarmListIndex,
  "20261207050000_act_as_others": actAsOthers,
  "20261207080000_oncall": oncall,
  "20261207090000_user_logins": userLogins,
  "20261207100000_webhooks": webhooks,
  "20261207110000_oncall_feeds": oncallFeeds,
  "20261207120000_notification_rules": notificationRules,
  "20261207130000_alarm_handle_requests": alarmHandleRequests,
  "20261207160000_incident_facts": incidentFacts,
  "20261207180000_open_incidents_index": openIncidentsIndex,
  "20261207190000_open_incidents_by_project": openIncidentsByProject,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
