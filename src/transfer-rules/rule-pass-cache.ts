import type { Alarm } from "../alarms/alarm.ts";
import type { Claim } from "../alarms/alarm-rules.repository.ts";
import type { Deps } from "../deps.ts";
import {
  findOpenGroupIncident,
  findOpenGroupIncidents,
  groupId,
  listRules,
} from "./transfer-rule.repository.ts";
import { firstMatchingRule, renderTemplate, type TransferRule } from "./transfer-rule.ts";

export const groupKeyOf = (rule: TransferRule, alarm: Alarm) =>
  renderTemplate(rule.groupKey, alarm).slice(0, 1000);

/**
 * What one pass reads once and its evaluations share: the project's rules, and whether the groups of its
 * claimed alarms have an open incident (one statement per project). A group's entry is the pass's best
 * knowledge, checked again in each transaction: a lost race forgets it, so the next attempt reads afresh.
 */
export class PassCache {
  readonly #rules = new Map<string, Promise<TransferRule[]>>();
  /** Keyed by project and groupId: the open incident, or null for none. */
  readonly #groups = new Map<string, string | null>();

  constructor(private readonly deps: Deps) {}

  rulesOf(projectId: string): Promise<TransferRule[]> {
    const found = this.#rules.get(projectId) ?? listRules(this.deps.db, projectId);
    this.#rules.set(projectId, found);
    return found;
  }

  async prefetchGroups(claimed: Claim[]): Promise<void> {
    const byProject = new Map<string, { ruleId: string; groupKey: string }[]>();
    for (const { alarm } of claimed) {
      if (alarm.status !== "alarming" || alarm.incidentNum !== null) continue;
      const rule = firstMatchingRule(await this.rulesOf(alarm.projectId), alarm);
      if (!rule) continue;
      const groups = byProject.get(alarm.projectId) ?? [];
      byProject.set(alarm.projectId, groups);
      groups.push({ ruleId: rule.id, groupKey: groupKeyOf(rule, alarm) });
    }
    for (const [projectId, groups] of byProject) {
      const open = await findOpenGroupIncidents(this.deps.db, projectId, groups);
      for (const { ruleId, groupKey } of groups) {
        const id = groupId(ruleId, groupKey);
        this.#groups.set(`${projectId}\u0000${id}`, open.get(id) ?? null);
      }
    }
  }

  async openIncidentOf(projectId: string, ruleId: string, groupKey: string): Promise<string | undefined> {
    const known = this.#groups.get(`${projectId}\u0000${groupId(ruleId, groupKey)}`);
    if (known !== undefined) return known ?? undefined;
    return findOpenGroupIncident(this.deps.db, projectId, ruleId, groupKey);
  }

  /** What this pass did to a group: made or linked its incident, or lost a race (unknown again). */
  learn(projectId: string, ruleId: string, groupKey: string, incidentNum: string | undefined): void {
    const key = `${projectId}\u0000${groupId(ruleId, groupKey)}`;
    if (incidentNum === undefined) this.#groups.delete(key);
    else this.#groups.set(key, incidentNum);
  }
}
