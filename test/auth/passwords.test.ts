import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  DEFAULT_SCRYPT_COST,
  generatePassword,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from "../../src/auth/passwords.ts";
import { loadConfig } from "../../src/config.ts";

describe("password hashing", () => {
  it("hashes with scrypt at N=2^15, r=8, p=3 by default, a fresh salt each time, the parameters kept", async () => {
    assert.equal(loadConfig({}).passwordScryptCost, DEFAULT_SCRYPT_COST);
    const one = await hashPassword("correct horse", DEFAULT_SCRYPT_COST);
    const two = await hashPassword("correct horse", DEFAULT_SCRYPT_COST);
    assert.equal(one.params, "scrypt:N=32768,r=8,p=3,len=32");
    assert.notEqual(one.salt, two.salt);
    assert.notEqual(one.hash, two.hash);
    assert.ok(!JSON.stringify(one).includes("correct horse"));
    assert.equal(await verifyPassword("correct horse", one), true);
    assert.equal(await verifyPassword("correct horsf", one), false);
  });

  it("checks each hash with the parameters it was made with", async () => {
    const cheap = await hashPassword("s3cret-pass", 10);
    assert.equal(cheap.params, "scrypt:N=1024,r=8,p=3,len=32");
    assert.equal(await verifyPassword("s3cret-pass", cheap), true);
    assert.equal(await verifyPassword("s3cret-pass", { ...cheap, params: "bcrypt:12" }), false);
  });

  it("refuses a configured cost below 2^14", () => {
    assert.throws(() => loadConfig({ INCIDENTD_PASSWORD_SCRYPT_COST: "10" }), /between 14 and 20/);
  });

  it("accepts passwords of 8 to 1024 characters", () => {
    assert.match(passwordProblem("1234567") ?? "", /at least 8/);
    assert.equal(passwordProblem("12345678"), undefined);
    assert.match(passwordProblem("x".repeat(1025)) ?? "", /at most 1024/);
  });

  it("generates one-time passwords of 24 URL-safe characters", () => {
    const a = generatePassword();
    assert.match(a, /^[A-Za-z0-9_-]{24}$/);
    assert.notEqual(a, generatePassword());
  });
});
