import { invalidParameter } from "../errors.ts";

/**
 * COC's `condition` language: filter names combined with `&` (and), `|` (or) and parentheses, e.g.
 * `(a & b) | c`. `&` binds tighter than `|`. Parsed by recursive descent with a depth limit, so hostile
 * input (very long, deeply nested) is refused with the character position instead of reaching SQL.
 */
export type ConditionNode =
  | { kind: "name"; name: string; position: number }
  | { kind: "and" | "or"; operands: ConditionNode[] };

export const MAX_DEPTH = 32;
/**
 * How many times a condition may name filters. Each reference is one predicate SQLite evaluates per row
 * (and SQLite refuses expressions past 1,000 levels), so this bounds the work one request can cause.
 */
export const MAX_CONDITION_REFERENCES = 100;

interface Token {
  type: "name" | "&" | "|" | "(" | ")";
  value: string;
  position: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let references = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "&" || ch === "|" || ch === "(" || ch === ")") {
      tokens.push({ type: ch, value: ch, position: i + 1 });
      i++;
    } else if (/[A-Za-z0-9_.-]/.test(ch)) {
      const start = i;
      while (i < text.length && /[A-Za-z0-9_.-]/.test(text.charAt(i))) i++;
      tokens.push({ type: "name", value: text.slice(start, i), position: start + 1 });
      if (++references > MAX_CONDITION_REFERENCES)
        throw invalidParameter(
          "condition",
          `must name filters at most ${MAX_CONDITION_REFERENCES} times (more at position ${start + 1})`,
        );
    } else {
      throw invalidParameter("condition", `unexpected character '${ch}' at position ${i + 1}`);
    }
  }
  return tokens;
}

/** Parses a condition; positions in messages are 1-based character offsets. */
export function parseCondition(text: string): ConditionNode {
  const tokens = tokenize(text);
  let index = 0;
  const peek = () => tokens[index];
  const fail = (what: string): never => {
    const token = peek();
    throw invalidParameter(
      "condition",
      token ? `${what} at position ${token.position}, found '${token.value}'` : `${what} at the end`,
    );
  };

  const expression = (depth: number, op: "|" | "&"): ConditionNode => {
    const operands = [op === "|" ? expression(depth, "&") : factor(depth)];
    while (peek()?.type === op) {
      index++;
      operands.push(op === "|" ? expression(depth, "&") : factor(depth));
    }
    return operands.length === 1
      ? (operands[0] as ConditionNode)
      : { kind: op === "|" ? "or" : "and", operands };
  };

  const factor = (depth: number): ConditionNode => {
    const token = peek();
    if (token?.type === "name") {
      index++;
      return { kind: "name", name: token.value, position: token.position };
    }
    if (token?.type === "(") {
      if (depth >= MAX_DEPTH)
        throw invalidParameter(
          "condition",
          `nested deeper than ${MAX_DEPTH} levels at position ${token.position}`,
        );
      index++;
      const inner = expression(depth + 1, "|");
      if (peek()?.type !== ")") fail("expected ')'");
      index++;
      return inner;
    }
    return fail("expected a filter name or '('");
  };

  if (tokens.length === 0) throw invalidParameter("condition", "must not be blank");
  const tree = expression(0, "|");
  if (index < tokens.length) fail("expected '&', '|' or the end");
  return tree;
}

/** Every name the condition uses, with the position of its first use. */
export function namesIn(node: ConditionNode, into = new Map<string, number>()): Map<string, number> {
  if (node.kind === "name") {
    if (!into.has(node.name)) into.set(node.name, node.position);
  } else {
    for (const operand of node.operands) namesIn(operand, into);
  }
  return into;
}
