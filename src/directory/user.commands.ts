import { isPersonRole, ROLES, type Role } from "../auth/credential.ts";
import { resolveProject, UsageError, withDeps } from "../cli/context.ts";
import { readNewPassword } from "../cli/password-input.ts";
import type { Config } from "../config.ts";
import type { Deps } from "../deps.ts";
import { addUser, listProjectUsers } from "./directory.service.ts";
import { findLoginsByUserId } from "./user-login.repository.ts";
import { setUserPassword, setUserRole } from "./user-login.service.ts";

type Flags = Record<string, string | undefined>;
type Print = (line: string) => void;
type Command = (config: Config, args: string[], flags: Flags, print: Print) => Promise<void>;

function userIdArg(args: string[]): string {
  const id = args[0];
  if (!id) throw new UsageError("missing user id");
  return id;
}

function roleFlag(flags: Flags): Role | undefined {
  const role = flags.role;
  if (role === undefined) return undefined;
  if (!isPersonRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
  return role;
}

async function roleOf(deps: Deps, projectId: string, userId: string): Promise<string> {
  const [login] = await findLoginsByUserId(deps.db, userId, projectId);
  return login?.role ?? "nobody";
}

/** `incidentd user …` (registered in src/cli/commands.ts). Passwords are read, never printed. */
export const USER_COMMANDS: Record<string, Command> = {
  "user add": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      const role = roleFlag(flags);
      const fromStdin = flags["password-stdin"] === "true";
      if (role && !fromStdin)
        throw new UsageError("--role applies to users who sign in: add --password-stdin");
      const name = flags.name;
      if (!name) throw new UsageError("--name is required");
      // Read before anything is written: a missing password leaves no half-made user behind.
      const password = fromStdin ? await readNewPassword(true) : undefined;
      const user = await addUser(deps, projectId, {
        id: userIdArg(args),
        displayName: name,
        email: flags.email,
      });
      print(`user ${user.id} is "${user.displayName}"`);
      if (password !== undefined) {
        await setUserPassword(deps, projectId, user.id, { password, role });
        print(`user ${user.id} signs in as ${await roleOf(deps, projectId, user.id)}`);
      }
    }),
  "user passwd": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      const id = userIdArg(args);
      const password = await readNewPassword(flags["password-stdin"] === "true");
      await setUserPassword(deps, projectId, id, { password, role: roleFlag(flags) });
      print(
        `set the password of ${id}, who signs in as ${await roleOf(deps, projectId, id)}; their sessions ended`,
      );
    }),
  "user role": (config, args, flags, print) =>
    withDeps(config, async (deps) => {
      const projectId = await resolveProject(deps, flags.project);
      const id = userIdArg(args);
      const role = roleFlag(flags);
      if (!role) throw new UsageError("--role is required");
      await setUserRole(deps, projectId, id, role);
      print(`user ${id} signs in as ${role}`);
    }),
  "user list": (config, _args, flags, print) =>
    withDeps(config, async (deps) => {
      for (const u of await listProjectUsers(deps, await resolveProject(deps, flags.project))) {
        print(`${u.id}\t${u.displayName}\t${u.email ?? ""}\t${u.role ?? "no-sign-in"}`);
      }
    }),
};
