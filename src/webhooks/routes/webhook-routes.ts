import type { RouteModule } from "../../http/app-types.ts";
import { createWebhookRoute } from "./create-webhook.ts";
import { deleteWebhookRoute } from "./delete-webhook.ts";
import { listWebhookDeliveriesRoute } from "./list-webhook-deliveries.ts";
import { listWebhooksRoute } from "./list-webhooks.ts";
import { redeliverFailedWebhookDeliveriesRoute } from "./redeliver-failed-webhook-deliveries.ts";
import { redeliverWebhookDeliveryRoute } from "./redeliver-webhook-delivery.ts";
import { rotateWebhookSecretRoute } from "./rotate-webhook-secret.ts";
import { showWebhookRoute } from "./show-webhook.ts";
import { updateWebhookRoute } from "./update-webhook.ts";

/** The webhook subscriptions and their delivery ledger (one module each, registered together). */
export const webhookRoutes: RouteModule = (app, deps) => {
  for (const route of [
    createWebhookRoute,
    listWebhooksRoute,
    showWebhookRoute,
    updateWebhookRoute,
    deleteWebhookRoute,
    rotateWebhookSecretRoute,
    listWebhookDeliveriesRoute,
    redeliverWebhookDeliveryRoute,
    redeliverFailedWebhookDeliveriesRoute,
  ])
    route(app, deps);
};
