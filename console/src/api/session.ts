import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, apiGet, apiSend, setCsrfToken } from "./http.ts";

export type Role = "reader" | "writer" | "admin";

export interface Session {
  user_id: string;
  name: string;
  role: Role;
  project_id: string;
  csrf_token: string;
  expires_at: number | string;
}

const SESSION_PATH = "/incidentd/v1/sessions";
export const SESSION_KEY = ["session"] as const;

/** The signed-in user, or null when there is no session (a 401 is an answer here, not an error). */
async function currentSession(): Promise<Session | null> {
  try {
    const session = await apiGet<Session>(`${SESSION_PATH}/current`);
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
  const session = await apiSend<Session>("POST", SESSION_PATH, body);
  setCsrfToken(session.csrf_token);
  return session;
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    try {
      await apiSend<null>("DELETE", `${SESSION_PATH}/current`);
    } finally {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(SESSION_KEY, null);
    }
  };
}

export const canWrite = (session: Session | null | undefined): boolean =>
  session?.role === "writer" || session?.role === "admin";
