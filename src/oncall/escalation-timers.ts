import type { IncidentEventBus } from "../incidents/incident-transaction.ts";
import { INITIAL_NODE } from "../workflow/workflow.ts";
import { cancelEscalation, scheduleEscalation } from "./escalation.repository.ts";
import type { SceneCache } from "./scene-cache.ts";

const MINUTE = 60_000;

/**
 * Keeps every incident's escalation timer in step with its changes, inside each change's transaction: an
 * incident left unaccepted with an assignment from a scene that has an escalation policy gets a timer
 * for the policy's first step (a create, a forward, a reopen: reassignment restarts it); any change that
 * moves it on from "unaccepted" (an acceptance by any path, a rejection) ends it. The escalation worker
 * moves the timer along itself.
 */
export function keepEscalationTimers(bus: IncidentEventBus, scenes: SceneCache): void {
  bus.subscribe(async ({ event, before, after }, tx) => {
    if (event.type === "escalated") return;
    const waiting = after.node === INITIAL_NODE;
    const restarts = event.type === "created" || event.type === "forwarded" || event.type === "reopened";
    if (waiting && restarts) {
      const policy = after.assigneeScene
        ? (await scenes.get(tx.trx, after.projectId, after.assigneeScene))?.document.escalation
        : undefined;
      const first = policy?.steps[0];
      if (first && after.assigneeScene) {
        await scheduleEscalation(tx.trx, {
          projectId: after.projectId,
          incidentNum: after.number,
          sceneId: after.assigneeScene,
          step: 0,
          round: 0,
          dueAt: event.at + first.after_minutes * MINUTE,
        });
        return;
      }
    }
    // A new incident has no timer to end: creates (the hottest write) skip the delete.
    if ((before?.node === INITIAL_NODE && !waiting) || (waiting && restarts && event.type !== "created")) {
      await cancelEscalation(tx.trx, after.projectId, after.number);
    }
  });
}
