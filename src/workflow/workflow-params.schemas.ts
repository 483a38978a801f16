import { type TObject, Type } from "@sinclair/typebox";
import { BoolLike, EpochMsLike, Nullable, Str } from "../http/wire-types.ts";

/**
 * The `params` (v2) / `parameter` (v1) schema of every action. Values may arrive as strings: the
 * Terraform provider sends every parameter as one (a Terraform map of strings). Unknown keys are ignored.
 */
const Text = (max: number, description: string) =>
  Nullable(Str(max, { description }), `a string of at most ${max} characters`);
const RequiredText = (max: number, description: string) => Str(max, { minLength: 1, description });

export const NOTE_MAX = 2000;

const forward = Type.Object({
  virtual_send_assignee: Text(
    255,
    "New owner (user id). Required unless virtual_schedule_type + virtual_schedule_role are given.",
  ),
  virtual_schedule_type: Text(255, "On-call scene id to hand the incident to (with virtual_schedule_role)."),
  virtual_schedule_role: Text(255, "On-call role id to hand the incident to (with virtual_schedule_type)."),
  virtual_send_comment: Text(NOTE_MAX, "Remark for the new owner."),
  virtual_current_location_info: Text(NOTE_MAX, "Where fault location stands."),
});

const approval = (flag: "pause_approve_conclusion" | "conclusion") =>
  Type.Object({
    [flag]: Type.Optional(BoolLike),
    note: Text(NOTE_MAX, "Approval remark."),
  });

export const PARAMS = {
  none: Type.Object({}),
  forward,
  remark: Type.Object({ note: RequiredText(NOTE_MAX, "The remark.") }),
  rejectUnaccepted: Type.Object({ virtual_confirm_comment: Text(300, "Why the incident is rejected.") }),
  commitSolution: Type.Object({
    mtm_type: RequiredText(255, "Incident type key."),
    is_service_interrupt: BoolLike,
    start_time: Type.Optional(EpochMsLike),
    fault_recovery_time: Type.Optional(EpochMsLike),
    fault_delineation_time: Type.Optional(EpochMsLike),
    cause: RequiredText(10_000, "Root cause."),
    solution: RequiredText(10_000, "Solution."),
    resolve_attachments: Text(2000, "Attachment doc_id(s), comma-separated."),
  }),
  confirm: Type.Object({
    virtual_confirm_result: Type.Optional(BoolLike),
    virtual_confirm_comment: RequiredText(300, "Verification remark."),
  }),
  pause: Type.Object({
    pause_end_time: EpochMsLike,
    pause_reason: RequiredText(NOTE_MAX, "Why the incident should be paused."),
  }),
  pauseApproval: approval("pause_approve_conclusion"),
  levelApproval: approval("conclusion"),
  changeLevel: Type.Object({
    virtual_target_level: RequiredText(255, "Target level key, level_10 … level_50."),
    virtual_change_level_comment: Text(NOTE_MAX, "Why the level changes."),
  }),
  reopen: Type.Object({
    mtm_region: Text(255, "Region."),
    enterprise_project_id: Text(255, "Enterprise project id."),
    current_cloud_service_id: Text(255, "Owning application id."),
    level_id: Nullable(Str(255, { minLength: 1 }), "a level key"),
    is_service_interrupt: Type.Optional(BoolLike),
    mtm_type: Nullable(Str(255, { minLength: 1 }), "an incident type key"),
    title: Nullable(Str(200, { minLength: 1 }), "a non-empty string of at most 200 characters"),
    description: Text(600, "Description."),
    attachments: Text(2000, "Attachment doc_id(s)."),
    source_id: Nullable(Str(255, { minLength: 1 }), "an incident source key"),
    incident_ownership: Text(255, "Ownership."),
    start_time: Type.Optional(EpochMsLike),
    assignee: Text(255, "Owner user id."),
    assignee_scene: Text(255, "On-call scene id."),
    assignee_role: Text(255, "On-call role id."),
  }),
} satisfies Record<string, TObject>;

export type ParamsKind = keyof typeof PARAMS;
