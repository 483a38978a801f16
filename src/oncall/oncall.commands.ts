import { readFile } from "node:fs/promises";
import { DateTime } from "luxon";
import { resolveProject, UsageError, withDeps } from "../cli/context.ts";
import type { Config } from "../config.ts";
import {
  addOverride,
  addRotationParticipant,
  getScene,
  listScenes,
  putScene,
  removeOverrideAt,
  removeRotationParticipant,
  userShifts,
  whoIsOnCall,
} from "./oncall.service.ts";
import type { SceneDocument } from "./oncall.ts";
import { createFeed, listProjectFeeds, revokeProjectFeed } from "./oncall-feed.service.ts";
import { type FeedTarget, feedPathFor } from "./oncall-feed.ts";

type Flags = Record<string, string | undefined>;
type Print = (line: string) => void;
type Command = (config: Config, args: string[], flags: Flags, print: Print) => Promise<void>;

const DAY = 86_400_000;
/** `oncall shifts` without --to: this many days from --from. */
const DEFAULT_SHIFT_DAYS = 14;

function arg(args: string[], index: number, what: string): string {
  const value = args[index];
  if (!value) throw new UsageError(`missing ${what}`);
  return value;
}

function need(flags: Flags, name: string): string {
  const value = flags[name];
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

function instantFlag(flags: Flags, name: string): number | undefined {
  const value = flags[name];
  if (value === undefined) return undefined;
  const t = DateTime.fromISO(value, { setZone: true });
  if (!t.isValid)
    throw new UsageError(`--${name} must be an ISO-8601 instant, e.g. 2026-03-29T09:00:00+02:00`);
  return t.toMillis();
}

/** A scene document from a JSON file, checked against the API's schema (refused where a PUT body would be). */
async function readSceneFile(file: string): Promise<SceneDocument> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  // Loaded here, not at the top: every other CLI command starts without TypeBox.
  const [{ Value }, { SceneDocumentSchema }] = await Promise.all([
    import("@sinclair/typebox/value"),
    import("./oncall.schemas.ts"),
  ]);
  const [first] = Value.Errors(SceneDocumentSchema, parsed);
  if (first) {
    const field =
      first.path
        .slice(1)
        .replace(/\/(\d+)/g, "[$1]")
        .replace(/\//g, ".") || "document";
    throw new UsageError(`${file}: ${field}: ${first.message}`);
  }
  return parsed as SceneDocument;
}

function feedTargetOf(flags: Flags): FeedTarget {
  if (flags.user !== undefined) {
    if (flags.scene !== undefined || flags.role !== undefined)
      throw new UsageError("give either --user or --scene and --role");
    return { kind: "user", userId: flags.user };
  }
  if (flags.scene === undefined || flags.role === undefined)
    throw new UsageError("give --user USER_ID, or --scene SCENE_ID and --role ROLE_ID");
  return { kind: "role", sceneId: flags.scene, roleId: flags.role };
}

function indexFlag(flags: Flags, name: string): number | undefined {
  const value = flags[name];
  if (value === undefined) return undefined;
  if (!/^[0-9]{1,6}$/.test(value)) throw new UsageError(`--${name} must be a 0-based index`);
  return Number(value);
}

const date = (ms: number | null) => (ms === null ? "-" : new Date(ms).toISOString());

/** `incidentd oncall feed create|list|revoke` (one command: `oncall feed` takes its verb as an argument). */
const feedCommand: Command = (config, args, flags, print) =>
  withDeps(config, async (deps) => {
    const projectId = await resolveProject(deps, flags.project);
    const verb = arg(args, 0, "feed command (create, list or revoke)");
    if (verb === "create") {
      const target = feedTargetOf(flags);
      const { feed, token } = await createFeed(
        deps,
        { projectId, principal: "incidentd-cli" },
        { target, name: flags.name },
      );
      print(`created on-call feed ${feed.id} ("${feed.name}") in project ${projectId}`);
      print("its URL is shown only now; subscribe to it on this server (the token in it is its credential):");
      print(feedPathFor(token, deps.config.pathPrefix));
    } else if (verb === "list") {
      for (const f of await listProjectFeeds(deps, projectId)) {
        const t = f.target;
        const target = t.kind === "user" ? `user ${t.userId}` : `role ${t.sceneId}/${t.roleId}`;
        print(`${f.id}\t${target}\t${f.name}\tcreated ${date(f.createdAt)}\trevoked ${date(f.revokedAt)}`);
      }
    } else if (verb === "revoke") {
      const id = arg(args, 1, "feed id");
      await revokeProjectFeed(deps, projectId, id);
      print(`revoked on-call feed ${id}`);
    } else throw new UsageError(`unknown command: oncall feed ${verb}`);
  });

/** `incidentd oncall participant add|remove SCENE_ID ROLE_ID --user U [--rotation N] [--position N]`. */
const participantCommand: Command = (config, args, flags, print) =>
  withDeps(config, async (deps) => {
    const projectId = await resolveProject(deps, flags.project);
    const verb = arg(args, 0, "participant command (add or remove)");
    const where = {
      sceneId: arg(args, 1, "scene id"),
      roleId: arg(args, 2, "role id"),
      rotation: indexFlag(flags, "rotation") ?? 0,
    };
    const user = need(flags, "user");
    let scene: Awaited<ReturnType<typeof addRotationParticipant>>;
    if (verb === "add")
      scene = await addRotationParticipant(deps, { projectId }, where, user, indexFlag(flags, "position"));
    else if (verb === "remove") scene = await removeRotationParticipant(deps, { projectId }, where, user);
    else throw new UsageError(`unknown command: oncall participant ${verb}`);
    const role = scene.roles.find((r) => r.role_id === where.roleId);
    const participants = role?.rotations[where.rotation]?.participants.join(", ");
    print(
      `${where.sceneId}/${where.roleId} rotation ${where.rotation}: ${participants} (version ${scene.version})`,
    );
  });

/** `incidentd oncall …` (registered in src/cli/commands.ts): the admin API's on-call use-cases. */
export const ONCALL_COMMANDS: Record<string, Command> = {
  "oncall put": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const sceneId = arg(args, 0, "scene id");
      const document = await readSceneFile(need(flags, "file"));
      const projectId = await resolveProject(deps, flags.project);
      const scene = await putScene(deps, { projectId }, sceneId, document);
      print(
        `stored on-call scene ${sceneId} ("${scene.name}") version ${scene.version} in project ${projectId}`,
      );
    }),
  "oncall get": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      const {
        scene_id: _id,
        version: _version,
        ...document
      } = await getScene(deps, { projectId }, arg(args, 0, "scene id"));
      // The document alone, as `oncall put --file` takes it back.
      print(JSON.stringify(document, null, 2));
    }),
  "oncall list": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      for (const s of await listScenes(deps, { projectId })) print(`${s.scene_id}\t${s.name}`);
    }),
  "oncall who": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      const [sceneId, roleId] = [arg(args, 0, "scene id"), arg(args, 1, "role id")];
      const at = instantFlag(flags, "at") ?? deps.clock.now();
      const shift = await whoIsOnCall(deps, { projectId }, sceneId, roleId, at);
      if (!shift) print(`nobody is on call for ${sceneId}/${roleId} at ${date(at)}`);
      else
        print(
          `${shift.user_id}\t${shift.display_name}\t${shift.shift_start}\t${shift.shift_end}\t${shift.source}`,
        );
    }),
  "oncall shifts": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      const from = instantFlag(flags, "from") ?? deps.clock.now();
      const to = instantFlag(flags, "to") ?? from + DEFAULT_SHIFT_DAYS * DAY;
      for (const s of await userShifts(deps, { projectId }, arg(args, 0, "user id"), from, to))
        print(`${s.scene_id}\t${s.role_id}\t${s.shift_start}\t${s.shift_end}\t${s.source}`);
    }),
  "oncall override": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      const sceneId = arg(args, 0, "scene id");
      const removing = indexFlag(flags, "remove");
      if (removing !== undefined) {
        const scene = await removeOverrideAt(deps, { projectId }, sceneId, removing);
        print(`removed override ${removing} from ${sceneId} (version ${scene.version})`);
        return;
      }
      const override = {
        role_id: need(flags, "role"),
        user_id: need(flags, "user"),
        start: need(flags, "start"),
        end: need(flags, "end"),
        ...(flags.replaces ? { replaces: flags.replaces } : {}),
      };
      const scene = await addOverride(deps, { projectId }, sceneId, override);
      const index = (scene.overrides?.length ?? 0) - 1;
      print(
        `added override ${index} to ${sceneId}: ${override.user_id} on call for ${override.role_id} from ${override.start} to ${override.end} (version ${scene.version})`,
      );
    }),
  "oncall participant": participantCommand,
  "oncall feed": feedCommand,
};
