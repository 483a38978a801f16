import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import SqliteDatabase from "better-sqlite3";
import { callSigned, type Installation, runCli, startServer, tempSqliteInstallation } from "./process.ts";

// The master key travels with the backup: a restore on a machine that never had it keeps every access
// key working, and nothing ever makes up a new key for sealed secrets.
const PASSPHRASE = "correct horse battery staple";

const dataDir = (i: Installation) => i.env.INCIDENTD_DATA_DIR as string;
const keyFile = (i: Installation) => path.join(dataDir(i), "master.key");

/** Starts the restored installation and makes one AK/SK-signed request, as the official SDK would. */
async function signedCallSucceeds(target: Installation, key: { accessKey: string; secretKey: string }) {
  const server = await startServer(target.env);
  try {
    const signed = await callSigned(server.baseUrl, "GET", "/incidentd/v1/catalogue", key);
    assert.equal(signed.status, 200, JSON.stringify(signed.body));
  } finally {
    await server.stop();
  }
}

describe("the master key in backups", () => {
  let live: Installation;
  const key = { accessKey: "", secretKey: "" };
  let plain: string;
  let wrapped: string;
  let keyless: string;
  const targets: Installation[] = [];
  const fresh = () => {
    const target = tempSqliteInstallation();
    targets.push(target);
    return target;
  };

  before(() => {
    live = tempSqliteInstallation();
    assert.equal(runCli(["project", "create", "--id", "bk"], live.env).status, 0);
    const created = runCli(["key", "create", "--role", "admin", "--principal", "ops"], live.env);
    assert.equal(created.status, 0, created.stderr);
    key.accessKey = /^AK (\S+)$/m.exec(created.stdout)?.[1] ?? "";
    key.secretKey = /^SK (\S+)$/m.exec(created.stdout)?.[1] ?? "";
    plain = path.join(dataDir(live), "plain.db");
    wrapped = path.join(dataDir(live), "wrapped.db");
    keyless = path.join(dataDir(live), "keyless.db");
    const backup = runCli(["backup", plain], live.env);
    assert.equal(backup.status, 0, backup.stderr);
    assert.match(backup.stdout, /master key: included without a passphrase/);
    const protectedBackup = runCli(["backup", wrapped], {
      ...live.env,
      INCIDENTD_BACKUP_PASSPHRASE: PASSPHRASE,
    });
    assert.equal(protectedBackup.status, 0, protectedBackup.stderr);
    assert.match(protectedBackup.stdout, /master key: included, protected by the passphrase/);
    // What a backup made by an older incidentd looks like: the database alone.
    assert.equal(runCli(["backup", keyless], live.env).status, 0);
    const db = new SqliteDatabase(keyless);
    db.exec("DROP TABLE incidentd_backup_key");
    db.close();
  });
  after(async () => {
    await live?.remove();
    for (const target of targets) await target.remove();
  });

  it("restores on a new machine with the key, so an AK/SK-signed request succeeds", async () => {
    assert.ok(!readFileSync(wrapped).includes(readFileSync(keyFile(live), "utf8")), "wrapped, not clear");
    const target = fresh();
    const restore = runCli(["restore", plain], target.env);
    assert.equal(restore.status, 0, restore.stderr);
    assert.match(restore.stdout, /master key: the backup's key, installed as .*master\.key/);
    assert.equal(readFileSync(keyFile(target), "utf8"), readFileSync(keyFile(live), "utf8"));
    assert.equal(statSync(keyFile(target)).mode & 0o777, 0o600);
    const restored = new SqliteDatabase(path.join(dataDir(target), "incidentd.db"), { readonly: true });
    const tables = restored.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%backup_key%'").all();
    restored.close();
    assert.deepEqual(tables, [], "the carried key does not stay in the live database");
    await signedCallSucceeds(target, key);
  });

  it("asks for the passphrase, naming the flag and the variable, and refuses a wrong one", async () => {
    const target = fresh();
    const missing = runCli(["restore", wrapped], target.env);
    assert.equal(missing.status, 1);
    assert.match(
      missing.stderr,
      /protected by a passphrase.*--passphrase-stdin.*INCIDENTD_BACKUP_PASSPHRASE/,
    );
    const wrong = runCli(["restore", wrapped, "--passphrase-stdin"], target.env, "not it\n");
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /the passphrase does not open the master key in .*wrapped\.db/);
    assert.ok(!existsSync(path.join(dataDir(target), "incidentd.db")), "nothing restored");
    assert.ok(!existsSync(keyFile(target)), "no key written");

    const right = runCli(["restore", wrapped, "--passphrase-stdin"], target.env, `${PASSPHRASE}\n`);
    assert.equal(right.status, 0, right.stderr);
    await signedCallSucceeds(target, key);
  });

  it("refuses an INCIDENTD_MASTER_KEY that differs from the backup's key", () => {
    const target = fresh();
    const env = { ...target.env, INCIDENTD_MASTER_KEY: "ab".repeat(32) };
    const refused = runCli(["restore", plain], env);
    assert.equal(refused.status, 1);
    assert.match(
      refused.stderr,
      /INCIDENTD_MASTER_KEY is set to another key than the master key .*plain\.db/,
    );
    assert.ok(!existsSync(path.join(dataDir(target), "incidentd.db")));
  });

  it("restores a backup without a key only with the original key, naming what is missing", async () => {
    const target = fresh();
    const missing = runCli(["restore", keyless], target.env);
    assert.equal(missing.status, 1);
    assert.match(
      missing.stderr,
      /keyless\.db holds access keys .* does not carry that key .*Copy the original installation's master\.key into .*INCIDENTD_MASTER_KEY/,
    );
    const wrong = runCli(["restore", keyless], { ...target.env, INCIDENTD_MASTER_KEY: "cd".repeat(32) });
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /sealed with another master key than the one from INCIDENTD_MASTER_KEY/);
    assert.ok(!existsSync(path.join(dataDir(target), "incidentd.db")), "nothing restored");

    const env = { ...target.env, INCIDENTD_MASTER_KEY: readFileSync(keyFile(live), "utf8") };
    const restore = runCli(["restore", keyless], env);
    assert.equal(restore.status, 0, restore.stderr);
    assert.ok(!existsSync(keyFile(target)), "the key stays where the operator keeps it");
    await signedCallSucceeds({ ...target, env }, key);
  });

  it("refuses to start, and writes no key, when the master key is missing or wrong", () => {
    const target = fresh();
    assert.equal(runCli(["restore", plain], target.env).status, 0);
    rmSync(keyFile(target));
    const serve = runCli(["serve"], { ...target.env, HOST: "127.0.0.1", PORT: "0" });
    assert.equal(serve.status, 2);
    assert.match(
      serve.stderr,
      /^incidentd: this database holds access keys .*there is no master key.*master\.key/,
    );
    assert.doesNotMatch(serve.stderr, /\n\s+at /, "no stack trace");
    assert.ok(!existsSync(keyFile(target)), "no new key was generated");
    const cli = runCli(["key", "create", "--role", "reader", "--principal", "x"], target.env);
    assert.equal(cli.status, 2);
    assert.match(cli.stderr, /there is no master key/);
    assert.ok(!existsSync(keyFile(target)), "nor by the CLI");

    const wrong = runCli(["serve"], { ...target.env, PORT: "0", INCIDENTD_MASTER_KEY: "ef".repeat(32) });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /the key from INCIDENTD_MASTER_KEY does not open them/);
  });
});
