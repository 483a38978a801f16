import { clearAlarmsRoute } from "./alarms/routes/clear-alarms.ts";
import { handlerAlarmRoute } from "./alarms/routes/handler-alarm.ts";
import { listAlarmHandleHistoriesRoute } from "./alarms/routes/list-alarm-handle-histories.ts";
import { listAlarmsRoute } from "./alarms/routes/list-alarms.ts";
import { reportAlarmHandleOutcomeRoute } from "./alarms/routes/report-alarm-handle-outcome.ts";
import { reportCustomEventRoute } from "./alarms/routes/report-custom-event.ts";
import { reportPrometheusEventRoute } from "./alarms/routes/report-prometheus-event.ts";
import { showAlarmRoute } from "./alarms/routes/show-alarm.ts";
import { transferAlarmsToIncidentRoute } from "./alarms/routes/transfer-alarms-to-incident.ts";
import { showIncidentAnalyticsRoute } from "./analytics/routes/show-incident-analytics.ts";
import { showOpenIncidentsRoute } from "./analytics/routes/show-open-incidents.ts";
import { attachmentRoutes } from "./attachments/routes/attachment-routes.ts";
import { createAccessKeyRoute } from "./auth/aksk/routes/create-access-key.ts";
import { deleteAccessKeyRoute } from "./auth/aksk/routes/delete-access-key.ts";
import { disableAccessKeyRoute } from "./auth/aksk/routes/disable-access-key.ts";
import { enableAccessKeyRoute } from "./auth/aksk/routes/enable-access-key.ts";
import { listAccessKeysRoute } from "./auth/aksk/routes/list-access-keys.ts";
import { createTokenRoute } from "./auth/routes/create-token.ts";
import { listTokensRoute } from "./auth/routes/list-tokens.ts";
import { revokeTokenRoute } from "./auth/routes/revoke-token.ts";
import { showCurrentSessionRoute } from "./auth/sessions/routes/show-current-session.ts";
import { signInRoute } from "./auth/sessions/routes/sign-in.ts";
import { signOutRoute } from "./auth/sessions/routes/sign-out.ts";
import { addCatalogueEntryRoute } from "./catalogue/routes/add-catalogue-entry.ts";
import { listCatalogueRoute } from "./catalogue/routes/list-catalogue.ts";
import { addApplicationRoute } from "./directory/routes/add-application.ts";
import { addUserRoute } from "./directory/routes/add-user.ts";
import { listApplicationsRoute } from "./directory/routes/list-applications.ts";
import { listUsersRoute } from "./directory/routes/list-users.ts";
import { setUserPasswordRoute } from "./directory/routes/set-user-password.ts";
import { setUserRoleRoute } from "./directory/routes/set-user-role.ts";
import { listIncidentHistoriesRoute } from "./histories/routes/list-incident-histories.ts";
import { listTicketHistoriesRoute } from "./histories/routes/list-ticket-histories.ts";
import type { RouteModule } from "./http/app-types.ts";
import { countIncidentsByStatusRoute } from "./incident-list/routes/count-incidents-by-status.ts";
import { exportIncidentsRoute } from "./incident-list/routes/export-incidents.ts";
import { listIncidentSimpleTicketsRoute } from "./incident-list/routes/list-incident-simple-tickets.ts";
import { listIncidentsRoute } from "./incident-list/routes/list-incidents.ts";
import { createIncidentRoute } from "./incidents/routes/create-incident.ts";
import { showIncidentDetailRoute } from "./incidents/routes/show-incident-detail.ts";
import { createIntegrationRoute } from "./integrations/routes/create-integration.ts";
import { deleteIntegrationRoute } from "./integrations/routes/delete-integration.ts";
import { disableIntegrationRoute } from "./integrations/routes/disable-integration.ts";
import { enableIntegrationRoute } from "./integrations/routes/enable-integration.ts";
import { listIntegrationsRoute } from "./integrations/routes/list-integrations.ts";
import { showMetricsRoute } from "./metrics/routes/show-metrics.ts";
import { notificationRoutes } from "./notifications/routes/notification-routes.ts";
import { addOnCallOverrideRoute } from "./oncall/routes/add-oncall-override.ts";
import { addRotationParticipantRoute } from "./oncall/routes/add-rotation-participant.ts";
import { createOnCallFeedRoute } from "./oncall/routes/create-oncall-feed.ts";
import { deleteOnCallSceneRoute } from "./oncall/routes/delete-oncall-scene.ts";
import { listOnCallFeedsRoute } from "./oncall/routes/list-oncall-feeds.ts";
import { listOnCallScenesRoute } from "./oncall/routes/list-oncall-scenes.ts";
import { listUserShiftsRoute } from "./oncall/routes/list-user-shifts.ts";
import { putOnCallSceneRoute } from "./oncall/routes/put-oncall-scene.ts";
import { removeOnCallOverrideRoute } from "./oncall/routes/remove-oncall-override.ts";
import { removeRotationParticipantRoute } from "./oncall/routes/remove-rotation-participant.ts";
import { revokeOnCallFeedRoute } from "./oncall/routes/revoke-oncall-feed.ts";
import { showOnCallRoute } from "./oncall/routes/show-oncall.ts";
import { showOnCallFeedCalendarRoute } from "./oncall/routes/show-oncall-feed-calendar.ts";
import { showOnCallSceneRoute } from "./oncall/routes/show-oncall-scene.ts";
import { showOnCallTimelineRoute } from "./oncall/routes/show-oncall-timeline.ts";
import { healthzRoute } from "./ops/routes/healthz.ts";
import { readyzRoute } from "./ops/routes/readyz.ts";
import { getSettingsRoute } from "./settings/routes/get-settings.ts";
import { updateSettingsRoute } from "./settings/routes/update-settings.ts";
import { createTransferRuleRoute } from "./transfer-rules/routes/create-transfer-rule.ts";
import { deleteTransferRuleRoute } from "./transfer-rules/routes/delete-transfer-rule.ts";
import { listTransferRulesRoute } from "./transfer-rules/routes/list-transfer-rules.ts";
import { showTransferRuleRoute } from "./transfer-rules/routes/show-transfer-rule.ts";
import { updateTransferRuleRoute } from "./transfer-rules/routes/update-transfer-rule.ts";
import { changeWarRoomStatusRoute } from "./warrooms/routes/change-warroom-status.ts";
import { closeWarRoomRoute } from "./warrooms/routes/close-warroom.ts";
import { createWarRoomRoute } from "./warrooms/routes/create-warroom.ts";
import { listWarRoomsRoute } from "./warrooms/routes/list-warrooms.ts";
import { webhookRoutes } from "./webhooks/routes/webhook-routes.ts";
import { describeWorkflowRoute } from "./workflow/routes/describe-workflow.ts";
import { handleCocIncidentRoute } from "./workflow/routes/handle-coc-incident.ts";
import { handleIncidentRoute } from "./workflow/routes/handle-incident.ts";
import { showIncidentTasksRoute } from "./workflow/routes/show-incident-tasks.ts";

/** Every endpoint, one module each. */
export const ROUTES: RouteModule[] = [
  healthzRoute,
  readyzRoute,
  showMetricsRoute,
  createIncidentRoute,
  showIncidentDetailRoute,
  listIncidentSimpleTicketsRoute,
  listIncidentsRoute,
  exportIncidentsRoute,
  countIncidentsByStatusRoute,
  handleCocIncidentRoute,
  showIncidentTasksRoute,
  handleIncidentRoute,
  listIncidentHistoriesRoute,
  listTicketHistoriesRoute,
  describeWorkflowRoute,
  createTokenRoute,
  listTokensRoute,
  revokeTokenRoute,
  signInRoute,
  showCurrentSessionRoute,
  signOutRoute,
  createAccessKeyRoute,
  listAccessKeysRoute,
  disableAccessKeyRoute,
  enableAccessKeyRoute,
  deleteAccessKeyRoute,
  addUserRoute,
  listUsersRoute,
  setUserPasswordRoute,
  setUserRoleRoute,
  addApplicationRoute,
  listApplicationsRoute,
  listCatalogueRoute,
  addCatalogueEntryRoute,
  getSettingsRoute,
  updateSettingsRoute,
  createWarRoomRoute,
  listWarRoomsRoute,
  closeWarRoomRoute,
  changeWarRoomStatusRoute,
  reportCustomEventRoute,
  reportPrometheusEventRoute,
  showAlarmRoute,
  listAlarmsRoute,
  clearAlarmsRoute,
  transferAlarmsToIncidentRoute,
  handlerAlarmRoute,
  listAlarmHandleHistoriesRoute,
  reportAlarmHandleOutcomeRoute,
  createIntegrationRoute,
  listIntegrationsRoute,
  disableIntegrationRoute,
  enableIntegrationRoute,
  deleteIntegrationRoute,
  listTransferRulesRoute,
  createTransferRuleRoute,
  showTransferRuleRoute,
  updateTransferRuleRoute,
  deleteTransferRuleRoute,
  attachmentRoutes,
  putOnCallSceneRoute,
  showOnCallSceneRoute,
  listOnCallScenesRoute,
  deleteOnCallSceneRoute,
  addOnCallOverrideRoute,
  removeOnCallOverrideRoute,
  addRotationParticipantRoute,
  removeRotationParticipantRoute,
  showOnCallRoute,
  showOnCallTimelineRoute,
  listUserShiftsRoute,
  createOnCallFeedRoute,
  listOnCallFeedsRoute,
  revokeOnCallFeedRoute,
  showOnCallFeedCalendarRoute,
  webhookRoutes,
  notificationRoutes,
  showIncidentAnalyticsRoute,
  showOpenIncidentsRoute,
];
