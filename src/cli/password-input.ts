import { readFileSync } from "node:fs";
import { UsageError } from "./context.ts";

/** The first line of standard input (`--password-stdin`: scripts pipe it; no terminal shows it). */
export function passwordFromStdin(): string {
  const line = readFileSync(0, "utf8").split(/\r?\n/)[0] ?? "";
  if (line === "") throw new UsageError("--password-stdin: standard input holds no password (an empty line)");
  return line;
}

/** Reads one line from the terminal with echo off (raw mode): nothing typed appears on the screen. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = (error?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") return finish();
        if (ch === "\u0003") return finish(new UsageError("cancelled"));
        if (ch === "\u007f" || ch === "\b") typed = [...typed].slice(0, -1).join("");
        else if (ch >= " ") typed += ch;
      }
    };
    stdin.on("data", onData);
  });
}

/** `--password-stdin`, else asked twice on the terminal without echo. */
export async function readNewPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return passwordFromStdin();
  if (!process.stdin.isTTY) {
    throw new UsageError("standard input is not a terminal: pipe the password in with --password-stdin");
  }
  const first = await promptHidden("New password: ");
  const again = await promptHidden("Repeat it: ");
  if (first !== again) throw new UsageError("the two passwords differ; nothing was changed");
  return first;
}
