import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { countIncidents } from "../incidents/incident-counters.repository.ts";
import { listNewestIncidents } from "./list.repository.ts";

/**
 * ListIncidentSimpleTickets: `page` is 1-based (COC calls it offset). The total is the project's counter
 * (one row) and the page an index walk, so both run on the main connection; a deep page walks past
 * (page - 1) × limit index entries first, which is why the endpoint shares the search concurrency limit.
 */
export async function listSimpleTickets(deps: Deps, caller: Credential, page: number, limit: number) {
  const [total, incidents] = await Promise.all([
    countIncidents(deps.db, caller.projectId),
    listNewestIncidents(deps.db, caller.projectId, limit, (page - 1) * limit),
  ]);
  return { total, incidents };
}
