import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { Access, Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** A route module: registers one endpoint on the app. */
export type RouteModule = (app: App, deps: Deps) => void;

export interface RouteInfo {
  method: string;
  url: string;
  access: Access;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** Who may call the route; every route must say (checked when the route is added). */
    access?: Access;
  }
  interface FastifyRequest {
    credential: Credential | null;
  }
  interface FastifyInstance {
    /** Every route with its access level, in registration order (drives the security tests). */
    routeTable: RouteInfo[];
  }
}

/** The authenticated caller; the auth hook guarantees one on every non-public route. */
export function callerOf(request: FastifyRequest): Credential {
  if (!request.credential) throw new Error("route reached without a credential; is its access level public?");
  return request.credential;
}
