import type { Credential } from "../auth/credential.ts";
import { invalidParameter } from "../errors.ts";
import { changeVersionsOf } from "../incidents/change-versions.ts";
import type { Incident } from "../incidents/incident.ts";
import type { NumberSuffixes } from "../incidents/incident-number.ts";
import type { IncidentTx } from "../incidents/incident-transaction.ts";
import type { SettingsCache } from "../settings/settings-cache.ts";
import { startWarRoom } from "./warroom-start.ts";

/**
 * Called by CreateCocIncident inside its transaction: when the project's `warroom_auto_start_levels`
 * holds the new incident's level, a WarRoom starts at once (so the detail shows warroom_id immediately),
 * and `region` becomes mandatory, as COC documents for CreateCocIncident. The settings come from the
 * node's cache, checked against the version the change's subscribers share (no read of their own).
 */
export async function autoStartWarRoom(
  tx: IncidentTx,
  caller: Credential,
  incident: Incident,
  numberSuffixes: NumberSuffixes,
  settingsCache: SettingsCache,
): Promise<void> {
  const { settings: version } = await changeVersionsOf(tx);
  const settings = await settingsCache.get(tx.trx, caller.projectId, version);
  if (!settings.warroomAutoStartLevels.includes(incident.level)) return;
  if (!incident.region) {
    throw invalidParameter(
      "region",
      `is required: incidents at ${incident.level} start a WarRoom automatically in this project`,
    );
  }
  await startWarRoom(tx, {
    projectId: caller.projectId,
    incidentNum: incident.number,
    fields: {
      title: incident.title,
      description: incident.description === null ? null : [...incident.description].slice(0, 255).join(""),
      admin: incident.assignee ?? incident.creator,
      enterpriseProjectId: incident.enterpriseProject || "0",
      regions: [{ code: incident.region, name: incident.region }],
      applications: incident.currentCloudService
        ? [{ id: incident.currentCloudService, name: incident.currentCloudService }]
        : [],
      scheduleGroup:
        incident.assigneeScene && incident.assigneeRole
          ? [{ role_id: incident.assigneeRole, scene_id: incident.assigneeScene }]
          : [],
      participants: [],
      notificationType: null,
      notificationModes: [],
    },
    operator: incident.creator,
    credentialId: caller.id,
    autoStarted: true,
    now: incident.createTime,
    numberSuffixes,
  });
}
