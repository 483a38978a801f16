import { useQuery } from "@tanstack/react-query";
import { type Answer, api, call } from "./client.ts";
import { describeWorkflow, loadCatalogue } from "./incidents.ts";

/** The enumeration catalogue (levels, types, sources…) rarely changes: read once per session. */
export function useCatalogue() {
  return useQuery({ queryKey: ["catalogue"], queryFn: loadCatalogue, staleTime: 10 * 60_000 });
}

/** Every workflow action with its parameters as JSON Schema. */
export function useWorkflow() {
  return useQuery({ queryKey: ["workflow"], queryFn: describeWorkflow, staleTime: 60 * 60_000 });
}

export type DirectoryUser = Answer<"/incidentd/v1/users", "get">["users"][number];

/** The project's people, for assignee pickers (free text stays possible: ids need not be listed). */
export function useUsers() {
  return useQuery({
    queryKey: ["users"],
    queryFn: () => call(api.GET("/incidentd/v1/users")),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export const userOptions = (users: DirectoryUser[] | undefined) =>
  (users ?? []).map((u) => ({ value: u.id, label: `${u.display_name} (${u.id})` }));

/** The project's applications (COC's current_cloud_service), for pickers. */
export function useApplications() {
  return useQuery({
    queryKey: ["applications"],
    queryFn: () => call(api.GET("/incidentd/v1/applications")),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
