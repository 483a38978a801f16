import { toBool, toEpochMs } from "../../lenient-values.ts";
import type { CreateIncidentBody } from "../incident.schemas.ts";
import { blankToNull, type NewIncident } from "../incident.ts";

/** COC's CreateCocIncident body as a NewIncident. */
export function toNewIncident(body: CreateIncidentBody): NewIncident {
  return {
    // 0-1 element arrays keep the difference between [] and [""], which COC echoes back.
    region: body.region?.[0] ?? null,
    enterpriseProject: body.enterprise_project?.[0] ?? null,
    currentCloudService: body.current_cloud_service?.[0] ?? null,
    level: body.incident_level,
    isServiceInterrupt: toBool(body.is_service_interrupt),
    startTime: toEpochMs(body.start_time),
    ownership: blankToNull(body.incident_ownership),
    type: body.incident_type,
    title: body.incident_title,
    description: body.incident_description ?? null,
    source: body.incident_source,
    // Empty strings count as absent (COC's own examples send `"assignee_scene": ""` next to an assignee).
    assignee: blankToNull(body.incident_assignee?.[0]),
    assigneeScene: blankToNull(body.assignee_scene),
    assigneeRole: blankToNull(body.assignee_role),
    creator: body.creator,
  };
}
