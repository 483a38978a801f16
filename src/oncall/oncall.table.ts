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
