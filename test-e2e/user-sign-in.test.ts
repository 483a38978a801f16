import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type Installation, runCli, startServer, tempInstallation } from "./process.ts";

async function signIn(baseUrl: string, userId: string, password: string) {
  const res = await fetch(`${baseUrl}/incidentd/v1/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ user_id: userId, password }),
  });
  return {
    status: res.status,
    cookie: res.headers.get("set-cookie"),
    body: (await res.json()) as { data: { role: string } | null },
  };
}

describe("people who sign in (the real program)", () => {
  let data: Installation;
  before(async () => {
    data = await tempInstallation();
  });
  after(() => data.remove());

  it("prints the first start's admin user and one-time password, which signs in", async () => {
    const server = await startServer({ ...data.env, EXPECT_BANNER: "1" });
    try {
      const output = server.output();
      const user = /user: {5}(\S+)/.exec(output)?.[1];
      const password = /password: (\S+)/.exec(output)?.[1];
      assert.equal(user, "admin", output);
      assert.ok(password, output);
      const logLines = output.split("\n").filter((line) => line.startsWith("{"));
      for (const line of logLines) assert.ok(!line.includes(password), `password in log line: ${line}`);
      const signedIn = await signIn(server.baseUrl, "admin", password);
      assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
      assert.equal(signedIn.body.data?.role, "admin");
      assert.match(signedIn.cookie ?? "", /^incidentd_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/);
    } finally {
      await server.stop();
    }
  });

  it("adds a user with a password from standard input, changes it, and never prints it", async () => {
    const add = runCli(
      ["user", "add", "alice", "--name", "Alice", "--role", "reader", "--password-stdin"],
      data.env,
      "alice-pass-1\n",
    );
    assert.equal(add.status, 0, add.stderr);
    assert.equal(add.stdout, 'user alice is "Alice"\nuser alice signs in as reader\n');
    const passwd = runCli(["user", "passwd", "alice", "--password-stdin"], data.env, "alice-pass-2\n");
    assert.equal(passwd.status, 0, passwd.stderr);
    assert.doesNotMatch(passwd.stdout + passwd.stderr, /alice-pass/);
    const list = runCli(["user", "list"], data.env);
    assert.match(list.stdout, /^alice\tAlice\t\treader$/m);

    const server = await startServer(data.env);
    try {
      assert.equal((await signIn(server.baseUrl, "alice", "alice-pass-1")).status, 401);
      const signedIn = await signIn(server.baseUrl, "alice", "alice-pass-2");
      assert.equal(signedIn.status, 200);
      assert.equal(signedIn.body.data?.role, "reader");
    } finally {
      await server.stop();
    }
  });

  it("asks for a terminal (or --password-stdin), and adds nobody when standard input is empty", () => {
    const noTerminal = runCli(["user", "passwd", "alice"], data.env, "piped\n");
    assert.equal(noTerminal.status, 2);
    assert.match(noTerminal.stderr, /not a terminal: pipe the password in with --password-stdin/);
    const empty = runCli(["user", "add", "bob", "--name", "Bob", "--password-stdin"], data.env, "");
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /standard input holds no password/);
    assert.doesNotMatch(runCli(["user", "list"], data.env).stdout, /^bob/m);
    const short = runCli(["user", "passwd", "alice", "--password-stdin"], data.env, "short\n");
    assert.equal(short.status, 2);
    assert.match(short.stderr, /password: must be at least 8 characters/);
  });
});
