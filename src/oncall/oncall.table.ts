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
