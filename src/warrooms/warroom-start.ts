import { applicationNameOf } from "../directory/directory.repository.ts";
import { AppError } from "../errors.ts";
import { nextSequence } from "../incidents/incident-counters.repository.ts";
import type { NumberSuffixes } from "../incidents/incident-number.ts";
import type { IncidentTx } from "../incidents/incident-transaction.ts";
import { updateIncident } from "../incidents/incident-writer.ts";
import { insertWarRoom } from "./warroom.repository.ts";
import { formatWarRoomNumber, STATUS_STARTED, WARROOM_COUNTER, type WarRoom } from "./warroom.ts";

/**
 * A concurrent workflow action can move the incident's version between our read and our write; in the
 * same transaction the next read sees it, so retrying a few times applies both changes.
 */
export const WRITE_ATTEMPTS = 5;

/** The caller-chosen part of a new WarRoom. */
export type WarRoomFields = Pick<
  WarRoom,
  | "title"
  | "description"
  | "admin"
  | "enterpriseProjectId"
  | "regions"
  | "applications"
  | "scheduleGroup"
  | "participants"
  | "notificationType"
  | "notificationModes"
>;

export interface StartRequest {
  projectId: string;
  incidentNum: string;
  fields: WarRoomFields;
  operator: string;
  credentialId: string;
  autoStarted: boolean;
  now: number;
  /** Deps' numberSuffixes: WarRoom numbers are keyed like incident numbers. */
  numberSuffixes: NumberSuffixes;
}

/**
 * Numbers and stores a WarRoom and links it to its incident (warroom_id), in the caller's transaction.
 * One WarRoom per incident: the versioned update of the incident serialises concurrent starts.
 */
export async function startWarRoom(tx: IncidentTx, request: StartRequest): Promise<WarRoom> {
  const number = formatWarRoomNumber(
    request.now,
    await nextSequence(tx.trx, WARROOM_COUNTER),
    request.numberSuffixes,
  );
  const incident = await updateIncident(
    tx,
    request.projectId,
    request.incidentNum,
    (current) => {
      if (current.warroomId) {
        throw new AppError(
          "WARROOM_ALREADY_EXISTS",
          `incident ${current.number} already has WarRoom ${current.warroomId}; list it with war_room_nums`,
        );
      }
      return {
        fields: { warroomId: number },
        event: {
          type: "warroom_started",
          operator: request.operator,
          at: request.now,
          comment: null,
          war_room_num: number,
          auto_started: request.autoStarted,
          credential_id: request.credentialId,
        },
      };
    },
    WRITE_ATTEMPTS,
  );
  if (!incident) throw new Error("a WarRoom start always changes its incident");
  const room: WarRoom = {
    ...request.fields,
    applications: await withDirectoryNames(tx, request.projectId, request.fields.applications),
    number,
    projectId: request.projectId,
    incidentNum: request.incidentNum,
    circularLevel: incident.level,
    status: STATUS_STARTED,
    autoStarted: request.autoStarted,
    creator: request.operator,
    recoverTime: null,
    closeTime: null,
    createTime: request.now,
    updateTime: request.now,
  };
  await insertWarRoom(tx.trx, room);
  return room;
}

/**
 * COC shows an impacted application by its name. An application given without a name of its own (the
 * name is then its id: an automatic start, or CreateWarRoom without `application_names`) takes the
 * directory's name when the directory knows the id.
 */
async function withDirectoryNames(
  tx: IncidentTx,
  projectId: string,
  applications: WarRoom["applications"],
): Promise<WarRoom["applications"]> {
  return Promise.all(
    applications.map(async (app) =>
      app.name !== app.id
        ? app
        : { id: app.id, name: (await applicationNameOf(tx.trx, projectId, app.id)) ?? app.id },
    ),
  );
}
