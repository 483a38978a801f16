import { ingestReports } from "../../alarms/alarm-intake.service.ts";
import { notifyAlarmsChanged } from "../../alarms/alarm-signal.ts";
import { customEventToReport } from "../../alarms/events/custom-event.ts";
import { addCatalogueEntry } from "../../catalogue/catalogue.service.ts";
import type { Deps } from "../../deps.ts";
import { addApplication, addUser } from "../../directory/directory.service.ts";
import { AppError } from "../../errors.ts";
import { createIntegration, listProjectIntegrations } from "../../integrations/integration.service.ts";
import type { Integration } from "../../integrations/integration.ts";
import { findProject, listProjects } from "../../projects/project.repository.ts";
import { createTransferRule } from "../../transfer-rules/transfer-rule.service.ts";
import { SeedClock, seedDeps } from "./seed-deps.ts";
import type { SeedAlarm, SeedFixture } from "./seed-fixture.schemas.ts";
import { seedIncident, seedWarRoom } from "./seed-incidents.ts";
import { atPath, checkFixture, timeOf } from "./seed-validation.ts";

export { parseFixture } from "./seed-validation.ts";

/** How many of each kind a seed loaded (`history` counts the workflow steps taken). */
export interface SeedSummary {
  [kind: string]: number;
}

export interface SeedOptions {
  /** The project to seed when the fixture names none (default: the installation's only project). */
  projectId?: string;
}

async function projectOf(deps: Deps, fixture: SeedFixture, options: SeedOptions): Promise<string> {
  const id = fixture.project_id ?? options.projectId;
  if (id !== undefined) {
    if (!(await findProject(deps.db, id)))
      throw new AppError("INVALID_PARAMETER", `project_id: project ${id} does not exist`);
    return id;
  }
  const projects = await listProjects(deps.db);
  if (projects.length !== 1)
    throw new AppError(
      "INVALID_PARAMETER",
      "project_id: is required when the installation has several projects",
    );
  return (projects[0] as { id: string }).id;
}

/** The custom integrations alarms arrive through, by name (created on first use). */
async function integrationNamed(
  deps: Deps,
  projectId: string,
  name: string,
  path: string,
): Promise<Integration> {
  const found = (await listProjectIntegrations(deps, projectId)).find((i) => i.name === name);
  if (found?.kind === "custom") return found;
  if (found)
    throw new AppError("INVALID_PARAMETER", `${path}.integration: ${name} is not a custom integration`);
  return (await createIntegration(deps, projectId, { name, kind: "custom" })).integration;
}

async function seedAlarm(deps: Deps, clock: SeedClock, projectId: string, entry: SeedAlarm, path: string) {
  const { integration: name = "seed", received_at, ...body } = entry;
  const integration = await integrationNamed(deps, projectId, name, path);
  clock.current = timeOf(received_at, Number(body.time));
  await atPath(path, async () => ingestReports(deps, integration, [customEventToReport(body)]));
}

/**
 * Loads a seed fixture (docs/emulator.md, "Seed fixtures") through the services, in one transaction:
 * all of it, or (on the first refusal, a 400 naming the path of the bad value) nothing. Kinds load in
 * dependency order: users, applications, catalogue, transfer rules, incidents with their histories,
 * WarRooms, alarms. Each service call runs at its entry's time on a seed clock (default: now), so
 * creation times, numbers and history times are the fixture's.
 */
export async function loadSeed(
  deps: Deps,
  fixture: unknown,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const checked = checkFixture(fixture);
  const clock = new SeedClock(deps.clock.now());
  const summary: SeedSummary = {};
  const count = (kind: string, n = 1) => {
    summary[kind] = (summary[kind] ?? 0) + n;
  };
  await deps.db.transaction().execute(async (trx) => {
    const d = seedDeps(deps, trx, clock);
    const projectId = await projectOf(d, checked, options);
    const at = (time: Parameters<typeof timeOf>[0]) => {
      clock.current = timeOf(time, deps.clock.now());
    };
    for (const [i, u] of (checked.users ?? []).entries()) {
      at(u.create_time);
      await atPath(`users[${i}]`, () =>
        addUser(d, projectId, { id: u.id, displayName: u.display_name, email: u.email }),
      );
      count("users");
    }
    for (const [i, a] of (checked.applications ?? []).entries()) {
      at(a.create_time);
      await atPath(`applications[${i}]`, () => addApplication(d, projectId, { id: a.id, name: a.name }));
      count("applications");
    }
    for (const [i, { field, ...entry }] of (checked.catalogue ?? []).entries()) {
      at(undefined);
      await atPath(`catalogue[${i}]`, () => addCatalogueEntry(d, projectId, field, entry));
      count("catalogue");
    }
    for (const [i, { create_time, ...rule }] of (checked.transfer_rules ?? []).entries()) {
      at(create_time);
      await atPath(`transfer_rules[${i}]`, () => createTransferRule(d, projectId, rule));
      count("transfer_rules");
    }
    const numbers = new Set<string>();
    for (const [i, incident] of (checked.incidents ?? []).entries()) {
      if (incident.incident_num !== undefined && numbers.has(incident.incident_num))
        throw new AppError("INVALID_PARAMETER", `incidents[${i}].incident_num: appears twice in the fixture`);
      at(undefined);
      const { number, steps } = await seedIncident(d, clock, projectId, incident, `incidents[${i}]`);
      numbers.add(number);
      count("incidents");
      count("history", steps);
    }
    for (const [i, room] of (checked.warrooms ?? []).entries()) {
      at(undefined);
      await seedWarRoom(d, clock, projectId, room, `warrooms[${i}]`);
      count("warrooms");
    }
    for (const [i, alarm] of (checked.alarms ?? []).entries()) {
      await seedAlarm(d, clock, projectId, alarm, `alarms[${i}]`);
      count("alarms");
    }
  });
  // Hints for the background workers, once the rows are committed (as after an intake or a create).
  if (summary.alarms) notifyAlarmsChanged(deps.db);
  deps.webhookOutbox.notifyQueued();
  return summary;
}
