import assert from "node:assert/strict";
import ICAL from "ical.js";
import type { Harness } from "../../testkit/harness.ts";

export interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  /** The description's `key: value` lines. */
  details: Record<string, string>;
}

/** Parses an iCalendar document with ical.js (a real RFC 5545 parser), events in their order. */
export function parseCalendar(text: string): { name: string | undefined; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const details = Object.fromEntries(
      event.description.split("\n").map((line) => line.split(": ", 2) as [string, string]),
    );
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      details,
    };
  });
  const name = calendar.getFirstPropertyValue("x-wr-calname");
  return { name: typeof name === "string" ? name : undefined, events };
}

/** Creates a feed through the API (as `token`) and answers its view with the secret path. */
export async function createFeedVia(
  h: Harness,
  body: Record<string, string>,
  token = h.tokens.writer,
  prefix = "",
) {
  const res = await h.request({
    method: "POST",
    url: `${prefix}/incidentd/v1/oncall/feeds`,
    payload: body,
    token,
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().data as { id: string; token: string; path: string; kind: string };
}

export async function fetchFeed(h: Harness, path: string) {
  return h.request({ method: "GET", url: path, token: null });
}

export const PEOPLE = ["ann", "bob", "cho", "dan"];

/** primary: daily 09:00 Berlin rotation of ann, bob, cho; secondary: dan, weekdays 09–18 only. */
export const sceneDocument = () => ({
  name: "Application operations",
  roles: [
    {
      role_id: "primary",
      name: "Primary",
      rotations: [
        {
          participants: ["ann", "bob", "cho"],
          shift: "P1D",
          handoff: "09:00",
          time_zone: "Europe/Berlin",
          start: "2024-01-01",
        },
      ],
    },
    {
      role_id: "secondary",
      name: "Secondary",
      rotations: [
        {
          participants: ["dan"],
          shift: "P1W",
          handoff: "09:00",
          time_zone: "Europe/Berlin",
          start: "2024-01-01",
          restrictions: [{ days: [1, 2, 3, 4, 5], from: "09:00", to: "18:00" }],
        },
      ],
    },
  ],
  overrides: [
    { role_id: "primary", user_id: "dan", start: "2024-03-20T10:00:00Z", end: "2024-03-20T14:00:00Z" },
  ],
});

/** Adds the directory users and PUTs the scene, as the main project's admin or `token`'s project. */
export async function seedScene(
  h: Harness,
  sceneId: string,
  token = h.tokens.admin,
  people = PEOPLE,
  prefix = "",
) {
  for (const id of people) {
    const res = await h.request({
      method: "POST",
      url: `${prefix}/incidentd/v1/users`,
      payload: { id, display_name: id.toUpperCase() },
      token,
    });
    assert.equal(res.statusCode, 200, res.body);
  }
  const doc = sceneDocument();
  const put = await h.request({
    method: "PUT",
    url: `${prefix}/incidentd/v1/oncall/scenes/${sceneId}`,
    payload: doc,
    token,
  });
  assert.equal(put.statusCode, 200, put.body);
}
