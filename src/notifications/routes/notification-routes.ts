import type { RouteModule } from "../../http/app-types.ts";
import { addApplicationSubscriberRoute } from "./add-application-subscriber.ts";
import { listApplicationSubscribersRoute } from "./list-application-subscribers.ts";
import { listNotificationDeliveriesRoute } from "./list-notification-deliveries.ts";
import { listNotificationMethodsRoute } from "./list-notification-methods.ts";
import { listNotificationRulesRoute } from "./list-notification-rules.ts";
import { redeliverNotificationRoute } from "./redeliver-notification.ts";
import { removeApplicationSubscriberRoute } from "./remove-application-subscriber.ts";
import { setNotificationMethodsRoute } from "./set-notification-methods.ts";
import { setNotificationRulesRoute } from "./set-notification-rules.ts";

/** People's notifications: contact methods, rules, application subscribers (one module each). */
export const notificationRoutes: RouteModule = (app, deps) => {
  for (const route of [
    setNotificationMethodsRoute,
    listNotificationMethodsRoute,
    listNotificationDeliveriesRoute,
    redeliverNotificationRoute,
    setNotificationRulesRoute,
    listNotificationRulesRoute,
    addApplicationSubscriberRoute,
    listApplicationSubscribersRoute,
    removeApplicationSubscriberRoute,
  ])
    route(app, deps);
};
