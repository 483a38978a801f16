import type { NodeKey, NodeSpec } from "./workflow-types.ts";

/**
 * HandleCocIncident's nine `operate_key`s (COC API reference) and the v2 action each one is at a node.
 * The v1 `parameter` object takes the same fields as the v2 `params`.
 */
const OPERATE_KEYS: Record<string, (node: NodeKey) => string> = {
  acceptedIncident1: () => "accepted",
  forwardOther1: (node) => (node === "unaccepted" ? "unAcceptedForward" : "acceptedForward"),
  commitSolution1: () => "commitSolution",
  confirm: () => "confirm",
  incidentPause: () => "incidentPause",
  agreed: () => "agreed",
  rejected: () => "rejected",
  incidentChangeLevel1: () => "changeLevel",
  ReOpen: () => "ReOpen",
};

export const V1_KEY_LIST = Object.keys(OPERATE_KEYS);

/** The mapping of a v1 operate_key (own keys only: "constructor" is not an operate_key). */
export function v1Mapping(operateKey: string): ((node: NodeKey) => string) | undefined {
  return Object.hasOwn(OPERATE_KEYS, operateKey) ? OPERATE_KEYS[operateKey] : undefined;
}

/** The operate_keys that lead to an action allowed at the node: what a v1 caller may send there. */
export function v1KeysAt(node: NodeSpec): string[] {
  const allowed = new Set(node.actions.map((a) => a.key));
  return V1_KEY_LIST.filter((key) => allowed.has(OPERATE_KEYS[key]?.(node.key) ?? ""));
}
