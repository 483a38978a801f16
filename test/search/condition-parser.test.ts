import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AppError } from "../../src/errors.ts";
import {
  type ConditionNode,
  MAX_CONDITION_REFERENCES,
  namesIn,
  parseCondition,
} from "../../src/incident-list/condition-parser.ts";

const show = (node: ConditionNode): string =>
  node.kind === "name" ? node.name : `(${node.operands.map(show).join(node.kind === "and" ? " & " : " | ")})`;

describe("condition parser", () => {
  for (const [text, expected] of [
    ["a", "a"],
    ["a & b", "(a & b)"],
    ["a | b & c", "(a | (b & c))"],
    ["(a | b) & c", "((a | b) & c)"],
    ["( filterName1 & filterName2) | filterName3", "((filterName1 & filterName2) | filterName3)"],
    ["a&b&c|d", "((a & b & c) | d)"],
    ["((((a))))", "a"],
    ["create_time_start & create_time_end", "(create_time_start & create_time_end)"],
  ] as const) {
    it(`parses ${JSON.stringify(text)} with & binding tighter than |`, () => {
      assert.equal(show(parseCondition(text)), expected);
    });
  }

  for (const [text, message] of [
    ["", /must not be blank/],
    ["   ", /must not be blank/],
    ["a &", /expected a filter name or '\(' at the end/],
    ["& a", /expected a filter name or '\(' at position 1, found '&'/],
    ["(a | b", /expected '\)' at the end/],
    ["a b", /expected '&', '\|' or the end at position 3, found 'b'/],
    ["a ) b", /at position 3, found '\)'/],
    ["a; DROP TABLE incidents", /unexpected character ';' at position 2/],
    ["a' OR '1'='1", /unexpected character ''' at position 2/],
    ["a | (b & )", /expected a filter name or '\(' at position 10, found '\)'/],
    [`${"(".repeat(40)}a${")".repeat(40)}`, /nested deeper than 32 levels at position 33/],
    [`${"(".repeat(5000)}a`, /nested deeper than 32 levels/],
  ] as const) {
    it(`rejects ${JSON.stringify(text.slice(0, 40))} with the position`, () => {
      assert.throws(
        () => parseCondition(text),
        (error: unknown) =>
          error instanceof AppError &&
          error.kind === "INVALID_PARAMETER" &&
          /^condition: /.test(error.message) &&
          message.test(error.message),
      );
    });
  }

  it("parses a condition naming filters the most times allowed, with their first positions", () => {
    const text = Array.from({ length: MAX_CONDITION_REFERENCES }, (_, i) => `f${i % 20}`).join(" | ");
    const names = namesIn(parseCondition(text));
    assert.equal(names.size, 20);
    assert.equal(names.get("f0"), 1);
  });

  it("refuses a condition naming filters once more than allowed, naming the limit and the position", () => {
    const text = Array.from({ length: MAX_CONDITION_REFERENCES + 1 }, () => "a").join("|");
    assert.throws(
      () => parseCondition(text),
      (error: Error) =>
        error.message ===
        `condition: must name filters at most ${MAX_CONDITION_REFERENCES} times (more at position ${text.length})`,
    );
  });
});
