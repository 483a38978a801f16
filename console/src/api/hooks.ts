import { useQuery } from "@tanstack/react-query";
import { describeWorkflow, loadCatalogue } from "./incidents.ts";

/** The enumeration catalogue (levels, types, sources…) rarely changes: read once per session. */
export function useCatalogue() {
  return useQuery({ queryKey: ["catalogue"], queryFn: loadCatalogue, staleTime: 10 * 60_000 });
}

/** Every workflow action with its parameters as JSON Schema. */
export function useWorkflow() {
  return useQuery({ queryKey: ["workflow"], queryFn: describeWorkflow, staleTime: 60 * 60_000 });
}
