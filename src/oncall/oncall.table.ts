export interface OnCallSceneTable {
  project_id: string;
  scene_id: string;
  /** The scene document (SceneDocument) as JSON. */
  document: string;
  /** Raised by every change (the resolution cache compares it). */
  version: number;
  created_at: number;
  updated_at: number;
}

export interface EscalationTimerTable {
  project_id: string;
  incident_num: string;
  scene_id: string;
  /** The index of the policy step that fires next. */
  step: number;
  /** How many times the policy has run through all its steps. */
  round: number;
  due_at: number;
  lease_owner: string | null;
  lease_until: number | null;
}

export interface OnCallFeedTable {
  id: string;
  project_id: string;
  /** SHA-256 of the feed's token: the secret itself is shown once and never stored. */
  token_hash: string;
  kind: "user" | "role";
  user_id: string | null;
  scene_id: string | null;
  role_id: string | null;
  name: string;
  created_by: string;
  created_at: number;
  revoked_at: number | null;
}
