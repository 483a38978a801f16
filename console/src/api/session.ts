import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type Answer, api, call } from "./client.ts";
import { ApiError, setCsrfToken } from "./http.ts";

export type Session = Answer<"/incidentd/v1/sessions/current", "get">;
export type Role = Session["role"];

export const SESSION_KEY = ["session"] as const;

/** The signed-in user, or null when there is no session (a 401 is an answer here, not an error). */
async function currentSession(): Promise<Session | null> {
  try {
    const session = await call(api.GET("/incidentd/v1/sessions/current"));
    setCsrfToken(session.csrf_token);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: currentSession, staleTime: 60_000, retry: false });
}

export async function signIn(userId: string, password: string, projectId?: string): Promise<Session> {
  const body = { user_id: userId, password, ...(projectId ? { project_id: projectId } : {}) };
  const session = await call(api.POST("/incidentd/v1/sessions", { body }));
  setCsrfToken(session.csrf_token);
  return session;
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    try {
      await call(api.DELETE("/incidentd/v1/sessions/current"));
    } finally {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(SESSION_KEY, null);
    }
  };
}

export const canWrite = (session: Session | null | undefined): boolean =>
  session?.role === "writer" || session?.role === "admin";
