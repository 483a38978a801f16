import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { listHistory } from "../../src/incidents/incident.repository.ts";
import { createIncidentVia } from "../../testkit/harness.ts";
import { useHarness } from "../helpers/use-harness.ts";
import { createWarRoomVia, exampleWarRoom, listWarRoomsVia } from "./warroom-helpers.ts";

describe("closing WarRooms and changing their status (incidentd extensions)", () => {
  const close = (num: string, token?: string) =>
    h.request({ method: "POST", url: `/incidentd/v1/warrooms/${num}/close`, token });
  const setStatus = (num: string, status: unknown, token?: string) =>
    h.request({ method: "POST", url: `/incidentd/v1/warrooms/${num}/status`, payload: { status }, token });
  const newRoom = async () => {
    const incident = await createIncidentVia(h);
    return { incident, num: await createWarRoomVia(h, exampleWarRoom(incident)) };
  };

  const h = useHarness();

  it("closes a WarRoom: status 20, close time, an incident history entry", async () => {
    const { incident, num } = await newRoom();
    h.clock.advance(5 * 60_000);
    const res = await close(num);
    assert.equal(res.statusCode, 200, res.body);
    const item = res.json().data;
    assert.equal(item.war_room_num, num);
    assert.deepEqual(item.war_room_status, {
      id: "20",
      name_zh: "WarRoom已关闭",
      name_en: "WarRoom closed",
      type: "war_room_status",
    });
    assert.equal(item.close_time, h.clock.now());
    assert.equal(item.processing_duration, 5);
    const history = await listHistory(h.deps.db, h.projectId, incident);
    assert.deepEqual(
      history.map((e) => [Number(e.seq), e.action, e.operator]),
      [
        [1, "create", "9605B67C741D4553887A3462771107D3"],
        [2, "startWarRoom", "writer-user"],
        [3, "closeWarRoom", "writer-user"],
      ],
    );
    h.clock.advance(60 * 60_000);
    const listed = (await listWarRoomsVia(h, { war_room_nums: [num] })).list[0];
    assert.equal(listed?.processing_duration, 5, "a closed WarRoom's duration stops at its close");
  });

  it("refuses to close a WarRoom twice with 400 IDT.00070002", async () => {
    const { num } = await newRoom();
    assert.equal((await close(num)).statusCode, 200);
    const res = await close(num);
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error_code, "IDT.00070002");
    assert.equal(res.json().error_msg, `WarRoom ${num} is already closed (status 20)`);
  });

  it("closes exactly once when 10 closes race", async () => {
    const { incident, num } = await newRoom();
    const results = await Promise.all(Array.from({ length: 10 }, () => close(num)));
    assert.equal(results.filter((r) => r.statusCode === 200).length, 1);
    for (const loser of results.filter((r) => r.statusCode !== 200)) {
      assert.equal(loser.json().error_code, "IDT.00070002", loser.body);
    }
    const history = await listHistory(h.deps.db, h.projectId, incident);
    assert.equal(history.filter((e) => e.action === "closeWarRoom").length, 1);
  });

  it("moves forward through fault delimited (3) and fault recovered (7)", async () => {
    const { num } = await newRoom();
    const delimited = await setStatus(num, "3");
    assert.equal(delimited.statusCode, 200, delimited.body);
    assert.equal(delimited.json().data.war_room_status.name_en, "Fault delimited");
    assert.equal(delimited.json().data.recover_time, null);
    h.clock.advance(60_000);
    const recovered = await setStatus(num, "7");
    assert.equal(recovered.statusCode, 200, recovered.body);
    assert.equal(recovered.json().data.war_room_status.id, "7");
    assert.equal(recovered.json().data.recover_time, h.clock.now());
    assert.equal((await close(num)).statusCode, 200);
  });

  it("refuses to move a WarRoom backwards or to its own status with 400 IDT.00070003", async () => {
    const { num } = await newRoom();
    assert.equal((await setStatus(num, "7")).statusCode, 200);
    for (const status of ["3", "7"]) {
      const res = await setStatus(num, status);
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().error_code, "IDT.00070003");
      assert.equal(
        res.json().error_msg,
        `WarRoom ${num} is at status 7 (Fault recovered); it can move to 20 (WarRoom closed)`,
      );
    }
  });

  it("refuses a status change of a closed WarRoom", async () => {
    const { num } = await newRoom();
    await close(num);
    const res = await setStatus(num, "3");
    assert.equal(res.json().error_code, "IDT.00070002");
  });

  it("accepts only the statuses 3 and 7 on the status route", async () => {
    const { num } = await newRoom();
    for (const status of ["1", "20", 3, undefined]) {
      const res = await setStatus(num, status);
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json().error_code, "GOM.00007256");
      assert.match(res.json().error_msg, /^status: /);
    }
  });

  it("answers an unknown WarRoom, and another project's, with 404 IDT.00000404", async () => {
    const foreignIncident = await createIncidentVia(h, undefined, h.otherProjectToken);
    const foreign = await createWarRoomVia(h, exampleWarRoom(foreignIncident), h.otherProjectToken);
    for (const num of ["WR202403181322030000000000", foreign]) {
      for (const res of [await close(num), await setStatus(num, "3")]) {
        assert.equal(res.statusCode, 404);
        assert.equal(res.json().error_code, "IDT.00000404");
        assert.equal(res.json().error_msg, `warroom not found: ${num}`);
      }
    }
    const theirs = (await listWarRoomsVia(h, {}, h.otherProjectToken)).list[0];
    assert.equal((theirs?.war_room_status as { id: string } | undefined)?.id, "1", "untouched");
  });

  it("refuses a reader token with 403", async () => {
    const { num } = await newRoom();
    assert.equal((await close(num, h.tokens.reader)).statusCode, 403);
    assert.equal((await setStatus(num, "3", h.tokens.reader)).statusCode, 403);
  });
});
