import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Incident, PendingRequest } from "../../src/incidents/incident.ts";
import { END_NODES, INITIAL_NODE, isEndNode, nodeOf, WORKFLOW } from "../../src/workflow/workflow.ts";
import { type ActionRequest, decide, type ProjectRules } from "../../src/workflow/workflow-engine.ts";
import type { ActionSpec, NodeSpec, Who } from "../../src/workflow/workflow-types.ts";

/*
 * The workflow as a pure state machine: every node × action × operator role × mode of the table, through
 * decide() alone (no HTTP, no database). Imports only the workflow module (and the Incident type).
 */

const NOW = 1_700_000_000_000;
const PEOPLE = { assignee: "as", creator: "cr", requester: "rq", approver: "ap", other: "ot" } as const;
type Role = keyof typeof PEOPLE;
const APPROVERS = [PEOPLE.approver, "ap2"];

/** Parameters each action accepts, by the table's params kind. */
const VALID_PARAMS: Record<ActionSpec["params"], Record<string, unknown>> = {
  none: {},
  forward: { virtual_send_assignee: "next" },
  remark: { note: "a note" },
  rejectUnaccepted: { virtual_confirm_comment: "duplicate" },
  commitSolution: { mtm_type: "t", is_service_interrupt: false, cause: "c", solution: "s" },
  confirm: { virtual_confirm_comment: "fine" },
  pause: { pause_end_time: NOW + 3_600_000, pause_reason: "vendor" },
  pauseApproval: {},
  levelApproval: {},
  changeLevel: { virtual_target_level: "level_20" },
  reopen: { title: "again" },
};

function pendingAt(node: NodeSpec): PendingRequest | null {
  if (node.key === "pause_approval" || node.key === "paused") {
    return { kind: "pause", requester: PEOPLE.requester, requestedAt: NOW, params: {}, approvals: [] };
  }
  if (node.key === "level_approval") {
    const params = { virtual_target_level: "level_40" };
    return { kind: "level", requester: PEOPLE.requester, requestedAt: NOW, params, approvals: [] };
  }
  return null;
}

function incidentAt(node: NodeSpec): Incident {
  return {
    number: "IM1",
    projectId: "p",
    version: 3,
    region: null,
    enterpriseProject: null,
    currentCloudService: null,
    level: "level_30",
    isServiceInterrupt: false,
    startTime: null,
    faultRecoveryTime: null,
    faultDelineationTime: null,
    ownership: null,
    type: "t",
    title: "title",
    description: null,
    source: "incident_source_manual",
    assignee: PEOPLE.assignee,
    assigneeScene: null,
    assigneeRole: null,
    warroomId: null,
    handleTime: null,
    status: node.status,
    creator: PEOPLE.creator,
    createTime: NOW - 1000,
    updateTime: NOW - 1000,
    node: node.key,
    pending: pendingAt(node),
    lastOperator: PEOPLE.creator,
  };
}

const request = (spec: ActionSpec, operator: string): ActionRequest => ({
  action: spec.key,
  params: VALID_PARAMS[spec.params],
  operator,
  paramsField: "params",
});

/** What the table says: may this role take the action in this mode? */
function expectedAllowed(who: Who, role: Role, strict: boolean): boolean {
  // Guards hold in every mode: nobody approves their own request.
  if (who === "approver" && role === "requester") return false;
  if (!strict || who === "anyone") return true;
  if (who === "assignee") return role === "assignee";
  if (who === "creator") return role === "creator";
  return role === "approver";
}

function kindOf(error: unknown): string | undefined {
  return (error as { kind?: string }).kind;
}

describe("the workflow state machine (pure, every node × action × role × mode)", () => {
  for (const strict of [false, true]) {
    const rules: ProjectRules = { strictRoles: strict, approvers: strict ? APPROVERS : [] };
    for (const node of WORKFLOW) {
      for (const spec of node.actions) {
        it(`${strict ? "strict" : "default"} mode: ${node.key} → ${spec.key} (who: ${spec.who})`, () => {
          for (const role of Object.keys(PEOPLE) as Role[]) {
            const operator = PEOPLE[role];
            const actor = { principal: operator, actAsOthers: false };
            const incident = incidentAt(node);
            const allowed = expectedAllowed(spec.who, role, strict);
            if (!allowed) {
              assert.throws(
                () => decide(incident, request(spec, operator), rules, NOW, actor),
                (e) => kindOf(e) === "OPERATOR_NOT_PERMITTED",
                `${role} must be refused`,
              );
              continue;
            }
            const decision = decide(incident, request(spec, operator), rules, NOW, actor);
            assert.equal(decision.operator, operator);
            assert.ok(spec.next.includes(decision.outcome.node), `${role}: outcome ${decision.outcome.node}`);
            assert.equal(decision.next.key, decision.outcome.node);
            assert.equal(typeof decision.outcome.event.type, "string");
          }
        });
      }
      it(`${strict ? "strict" : "default"} mode: ${node.key} refuses every action it does not list`, () => {
        const listed = new Set(node.actions.map((a) => a.key));
        const others = WORKFLOW.flatMap((n) => n.actions).filter((a) => !listed.has(a.key));
        for (const spec of others) {
          assert.throws(
            () =>
              decide(incidentAt(node), request(spec, PEOPLE.creator), rules, NOW, {
                principal: "cr",
                actAsOthers: false,
              }),
            (e) => kindOf(e) === "ACTION_NOT_ALLOWED",
          );
        }
      });
    }
  }

  it("an approver approves once: the second approval of a countersign is refused", () => {
    const node = nodeOf("level_approval");
    const incident = incidentAt(node);
    const pending = incident.pending as PendingRequest;
    incident.pending = { ...pending, approvals: [PEOPLE.approver] };
    const agreed = node.actions.find((a) => a.key === "agreed") as ActionSpec;
    const rules = { strictRoles: true, approvers: APPROVERS };
    const actor = { principal: PEOPLE.approver, actAsOthers: false };
    assert.throws(
      () => decide(incident, request(agreed, PEOPLE.approver), rules, NOW, actor),
      (e) => kindOf(e) === "OPERATOR_NOT_PERMITTED",
    );
    // The other approver completes it: the level changes and the request closes.
    const done = decide(incident, request(agreed, "ap2"), rules, NOW, {
      principal: "ap2",
      actAsOthers: false,
    });
    assert.equal(done.outcome.node, "handling");
    assert.deepEqual(done.outcome.changes, { level: "level_40" });
    assert.equal(done.outcome.event.type, "level_changed");
  });

  it("decide() refuses an outcome that is not among the action's next nodes", () => {
    const node = nodeOf("unaccepted");
    const accepted = node.actions.find((a) => a.key === "accepted") as ActionSpec;
    const saved = accepted.next;
    accepted.next = ["rejected"];
    try {
      assert.throws(
        () =>
          decide(
            incidentAt(node),
            request(accepted, PEOPLE.assignee),
            { strictRoles: false, approvers: [] },
            NOW,
            {
              principal: "as",
              actAsOthers: false,
            },
          ),
        /led to handling, not one of rejected/,
      );
    } finally {
      accepted.next = saved;
    }
  });

  it("the table is a closed machine: next nodes exist, end nodes have no actions, every node is reachable and can end", () => {
    const keys = new Set(WORKFLOW.map((n) => n.key));
    assert.deepEqual(END_NODES, ["closed"]);
    for (const node of WORKFLOW) {
      assert.equal(isEndNode(node.key), node.actions.length === 0, node.key);
      for (const spec of node.actions)
        for (const next of spec.next) assert.ok(keys.has(next), `${node.key}.${spec.key} → ${next}`);
    }
    const reachable = new Set<string>([INITIAL_NODE]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const key of [...reachable])
        for (const next of nodeOf(key).actions.flatMap((a) => a.next))
          if (!reachable.has(next)) grew = reachable.add(next) !== undefined;
    }
    assert.deepEqual([...reachable].sort(), [...keys].sort());
    const canEnd = new Set<string>(END_NODES);
    for (let grew = true; grew; ) {
      grew = false;
      for (const node of WORKFLOW)
        if (!canEnd.has(node.key) && node.actions.some((a) => a.next.some((n) => canEnd.has(n))))
          grew = canEnd.add(node.key) !== undefined;
    }
    assert.deepEqual([...canEnd].sort(), [...keys].sort());
  });
});
