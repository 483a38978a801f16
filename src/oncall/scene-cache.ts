import type { Executor } from "../db/prepared.ts";
import { findScene, findSceneVersion } from "./oncall.repository.ts";
import { type CompiledScene, compileScene } from "./schedule.ts";

const MAX_SCENES = 1000;

/**
 * Compiled scenes per node, checked against the stored version on every use (one small read), so an edit
 * through any node or connection shows at once; resolving on-call on a create then costs that read and
 * the rotation arithmetic, not parsing and compiling the whole document. Starts over when full.
 */
export class SceneCache {
  readonly #scenes = new Map<string, { version: number; scene: CompiledScene }>();

  /** Forgets every scene (the emulator's reset puts back older scenes under the same versions). */
  clear(): void {
    this.#scenes.clear();
  }

  async get(db: Executor, projectId: string, sceneId: string): Promise<CompiledScene | undefined> {
    const version = await findSceneVersion(db, projectId, sceneId);
    if (version === undefined) return undefined;
    const key = `${projectId}\u0000${sceneId}`;
    const cached = this.#scenes.get(key);
    if (cached?.version === version) return cached.scene;
    const stored = await findScene(db, projectId, sceneId);
    if (!stored) return undefined;
    const scene = compileScene(stored.document);
    if (this.#scenes.size >= MAX_SCENES) this.#scenes.clear();
    this.#scenes.set(key, { version: stored.version, scene });
    return scene;
  }
}
