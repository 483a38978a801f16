/**
 * The typed client: openapi-fetch over the types openapi-typescript generates from incidentd's own OpenAPI
 * document (schema.d.ts, `npm run gen:client`). Paths, parameters, bodies and answers are checked by tsc
 * against the server's schemas, so a changed route breaks the console's build, not its users.
 */
import createClient from "openapi-fetch";
import { ApiError, failure, NETWORK_ERROR, withSessionHeaders } from "./http.ts";
import type { paths } from "./schema.d.ts";

export type { paths };

/** Same-origin calls with the session cookie; the CSRF token on every write (http.ts keeps it). */
export const api = createClient<paths>({ credentials: "same-origin" });
api.use({
  onRequest({ request }) {
    withSessionHeaders(request.method, request.headers);
    return request;
  },
});

type Method = "get" | "put" | "post" | "patch" | "delete";

/** The `data` of an operation's successful answer (every incidentd and COC answer wraps it so). */
export type Answer<P extends keyof paths, M extends Method> = paths[P][M] extends {
  responses: { 200: { content: { "application/json": { data: infer D } } } };
}
  ? D
  : never;

/** An operation's JSON request body. */
export type Body<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

/** An operation's query parameters. */
export type Query<P extends keyof paths, M extends Method> = paths[P][M] extends {
  parameters: { query?: infer Q };
}
  ? NonNullable<Q>
  : never;

interface Sent {
  data?: object;
  error?: unknown;
  response: Response;
}

/** The envelope's `data` (null for the answers that carry none). */
type DataOf<S extends Sent> = NonNullable<S["data"]> extends { data?: infer T } ? T : null;

/**
 * The answer's `data`, or an ApiError naming the server's code and message (status 0: unreachable).
 * `call(api.GET("/incidentd/v1/users"))` is typed by the path: no hand-written answer types.
 */
export async function call<S extends Sent>(request: Promise<S>): Promise<DataOf<S>> {
  let sent: S;
  try {
    sent = await request;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(NETWORK_ERROR, "NETWORK", "network error");
  }
  if (sent.response.ok && sent.data !== undefined)
    return ("data" in sent.data ? sent.data.data : null) as DataOf<S>;
  const envelope = typeof sent.error === "object" && sent.error !== null ? sent.error : undefined;
  throw failure(sent.response, envelope as Parameters<typeof failure>[1]);
}
