import type { Credential } from "../../auth/credential.ts";
import type { Deps } from "../../deps.ts";
import { AppError } from "../../errors.ts";
import { findIncident } from "../../incidents/incident.repository.ts";
import { createIncident } from "../../incidents/incident.service.ts";
import { toNewIncident } from "../../incidents/routes/new-incident.ts";
import { toNewWarRoom } from "../../warrooms/routes/warroom-requests.ts";
import { changeWarRoomStatus, createWarRoom } from "../../warrooms/warroom.service.ts";
import type { WarRoomStatusId } from "../../warrooms/warroom.ts";
import { performAction } from "../../workflow/workflow.service.ts";
import type { SeedClock } from "./seed-deps.ts";
import type { SeedIncident, SeedWarRoom } from "./seed-fixture.schemas.ts";
import { atPath, timeOf } from "./seed-validation.ts";

/** The credential seeded changes are recorded with (history details' credential_id). */
export const SEED_CREDENTIAL_ID = "emulator-seed";

/** Acts as `principal`, allowed to name any operator, as an admin token created with act_as_others. */
export function seedCaller(projectId: string, principal: string): Credential {
  return { kind: "token", id: SEED_CREDENTIAL_ID, projectId, role: "admin", principal, actAsOthers: true };
}

function outOfOrder(path: string, previous: number): AppError {
  return new AppError(
    "INVALID_PARAMETER",
    `${path}: must not be before the previous change of the incident (${new Date(previous).toISOString()})`,
  );
}

/**
 * Creates the incident at its `create_time` (with its fixture number, if any) and takes each history
 * step at its `at`, through the same service calls as CreateCocIncident and the v2 actions: the rows,
 * history entries, automatic WarRoom and events are exactly those the API would have produced.
 * Returns the number and how many history steps were taken.
 */
export async function seedIncident(
  deps: Deps,
  clock: SeedClock,
  projectId: string,
  entry: SeedIncident,
  path: string,
): Promise<{ number: string; steps: number }> {
  const createdAt = timeOf(entry.create_time, clock.current);
  if (entry.incident_num && (await findIncident(deps.db, projectId, entry.incident_num))) {
    throw new AppError("INVALID_PARAMETER", `${path}.incident_num: ${entry.incident_num} already exists`);
  }
  clock.current = createdAt;
  const number = await atPath(path, () =>
    createIncident(deps, seedCaller(projectId, entry.creator), toNewIncident(entry), {
      ...(entry.incident_num ? { number: entry.incident_num } : {}),
    }),
  );
  let previous = createdAt;
  const history = entry.history ?? [];
  for (const [j, step] of history.entries()) {
    const stepPath = `${path}.history[${j}]`;
    const at = timeOf(step.at, previous);
    if (at < previous) throw outOfOrder(`${stepPath}.at`, previous);
    clock.current = at;
    previous = at;
    const operator = step.operator ?? entry.creator;
    await atPath(stepPath, () =>
      performAction(deps, seedCaller(projectId, operator), number, {
        action: step.action,
        params: step.params ?? {},
        operator,
        paramsField: "params",
      }),
    );
  }
  return { number, steps: history.length };
}

/** Starts the WarRoom at `create_time` as CreateWarRoom does, then moves it through its status changes. */
export async function seedWarRoom(
  deps: Deps,
  clock: SeedClock,
  projectId: string,
  entry: SeedWarRoom,
  path: string,
): Promise<string> {
  const { create_time, operator, status_changes, ...body } = entry;
  const caller = seedCaller(projectId, operator ?? body.war_room_admin);
  // A missing incident is createWarRoom's refusal; an existing one's last change bounds the start time.
  const updateTime = (await findIncident(deps.db, projectId, body.incident_number))?.updateTime ?? 0;
  let previous = timeOf(create_time, Math.max(clock.current, updateTime));
  if (previous < updateTime) throw outOfOrder(`${path}.create_time`, updateTime);
  clock.current = previous;
  const number = await atPath(path, () => createWarRoom(deps, caller, toNewWarRoom(body)));
  for (const [j, change] of (status_changes ?? []).entries()) {
    const at = timeOf(change.at, previous);
    if (at < previous) throw outOfOrder(`${path}.status_changes[${j}].at`, previous);
    clock.current = at;
    previous = at;
    await atPath(`${path}.status_changes[${j}]`, () =>
      changeWarRoomStatus(deps, caller, number, change.status as WarRoomStatusId),
    );
  }
  return number;
}
