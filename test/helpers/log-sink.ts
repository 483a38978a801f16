import { Writable } from "node:stream";

export type LogLine = Record<string, unknown>;

/** A pino destination keeping every line, parsed, and the raw text (to search it for secrets). */
export function lineSink() {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      for (const text of String(chunk).split("\n")) if (text) lines.push(JSON.parse(text) as LogLine);
      done();
    },
  });
  return {
    lines,
    stream,
    text: () => raw.join(""),
    clear() {
      lines.length = 0;
      raw.length = 0;
    },
  };
}
