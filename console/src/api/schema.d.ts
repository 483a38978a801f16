/**
 * incidentd's API, generated from its OpenAPI document (GET /openapi.json) by openapi-typescript.
 * Do not edit: run `npm run gen:client` after changing a route's schema (`npm run check` fails until then).
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up */
        get: operations["Healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/access-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's access keys (never their secrets) */
        get: operations["ListAccessKeys"];
        put?: never;
        /** Create an AK/SK pair for the official SDKs (the SK is shown only in this response) */
        post: operations["CreateAccessKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/access-keys/{access_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an access key */
        delete: operations["DeleteAccessKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/access-keys/{access_key}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an access key (a disabled key is answered 403) */
        post: operations["DisableAccessKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/access-keys/{access_key}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable an access key (a disabled key is answered 403) */
        post: operations["EnableAccessKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/alarms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the project's alarms, the latest change first, a page at a time (incidentd extension)
         * @description Each item is ShowAlarm's data. Filters combine with AND; a repeated parameter matches any of its values. total counts every match.
         */
        get: operations["ListAlarms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/alarms/{alarm_id}/handle-histories/{work_order_id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An executor reports how a HandlerAlarm work order ended (incidentd extension)
         * @description Once per work order: a second report is 409 IDT.00000409. An unknown work order, or one of another alarm or project, is 404 IDT.00000404. data is the work order as the histories show it.
         */
        post: operations["ReportAlarmHandleOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/analytics/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Incidents created, accepted, resolved and closed, MTTA and MTTR per calendar bucket
         * @description Per day, ISO week or month of tz (optionally per level, application, source or assignee): the incidents created in the bucket, how many of them are accepted, resolved and closed, and their MTTA and MTTR as mean, p50 and p90 with the censored (still open) ones counted apart. Definitions: docs/analytics.md. With format=csv (or Accept: text/csv) the rows come as CSV with a header row instead.
         */
        get: operations["ShowIncidentAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/analytics/open-incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's open incidents now, by level and status
         * @description Every incident of the caller's project that is not closed, counted by its current level and status: the figures of the incidentd_open_incidents gauge for one project, read from the partial index of open incidents (docs/analytics.md).
         */
        get: operations["ShowOpenIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's applications */
        get: operations["ListApplications"];
        put?: never;
        /** Add an application (COC current_cloud_service) to the directory, or rename it */
        post: operations["AddApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/applications/{application_id}/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The users subscribed to an application's incidents, with their events */
        get: operations["ListApplicationSubscribers"];
        put?: never;
        /** Subscribe a user to an application's incidents (or change their subscription's events) */
        post: operations["AddApplicationSubscriber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/applications/{application_id}/subscribers/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a user's subscription to an application's incidents */
        delete: operations["RemoveApplicationSubscriber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enumerations (levels, types, sources, ownership, statuses) with zh/en names */
        get: operations["ListCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/catalogue/{field}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a project-defined incident_type or incident_ownership key with zh/en names */
        post: operations["AddCatalogueEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/incidents/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream every incident matching a filter as NDJSON or CSV (incidentd extension)
         * @description query: the JSON of ListIncidents' string_filters, int_filters, condition, sort_filter and fields.
         */
        get: operations["ExportIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/incidents/status-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count the incidents matching ListIncidents' filters, in all and per status, up to a cap
         * @description The web console's tabs (docs/search.md, Status counts): each count is exact up to INCIDENTD_STATUS_COUNT_CAP (default 10,000), beyond it capped is true and count is the cap. The unfiltered total is always exact.
         */
        post: operations["CountIncidentsByStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's alarm integrations (never their keys) */
        get: operations["ListIntegrations"];
        put?: never;
        /** Create an alarm integration (its key is shown only in this response) */
        post: operations["CreateIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/integrations/{integration_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an alarm integration (its key stops working; its alarms stay) */
        delete: operations["DeleteIntegration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/integrations/{integration_id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an alarm integration (a disabled key is answered 401) */
        post: operations["DisableIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/integrations/{integration_id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable an alarm integration (a disabled key is answered 401) */
        post: operations["EnableIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's iCalendar feeds, revoked ones included (never their tokens) */
        get: operations["ListOnCallFeeds"];
        put?: never;
        /**
         * Create an iCalendar feed of a person's or a role's shifts (its URL is shown only here)
         * @description Either user_id, or scene_id and role_id. The path carries the feed's token, its only credential: calendar apps subscribe to it as is (docs/oncall.md).
         */
        post: operations["CreateOnCallFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/feeds/{feed_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an iCalendar feed: its URL answers 404 from now on (it stays listed, with revoked_at) */
        delete: operations["RevokeOnCallFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/feeds/{feed_token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An iCalendar feed of on-call shifts (authenticated by the token in its path only)
         * @description text/calendar: the shifts from 30 days back to 60 days ahead. An unknown or revoked token is 404.
         */
        get: operations["ShowOnCallFeedCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/scenes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's on-call scenes */
        get: operations["ListOnCallScenes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/scenes/{scene_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An on-call scene's document, as PUT takes it */
        get: operations["ShowOnCallScene"];
        /**
         * Create or replace an on-call scene from its document (roles, rotations, overrides)
         * @description The scene id is what COC's assignee_scene and scene_id carry; role ids what assignee_role and role_id carry. Checked whole: nothing is stored when a part is wrong (docs/oncall.md).
         */
        put: operations["PutOnCallScene"];
        post?: never;
        /** Delete an on-call scene (incidents keep the assignees they were given) */
        delete: operations["DeleteOnCallScene"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/scenes/{scene_id}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an override: someone covers a time window for a role (or for one person on it) */
        post: operations["AddOnCallOverride"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/scenes/{scene_id}/overrides/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an override by its 0-based place in the scene's overrides (as GET lists them) */
        delete: operations["RemoveOnCallOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/scenes/{scene_id}/roles/{role_id}/oncall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is on call for a role at an instant (default: now), and the shift they are on
         * @description data is null when nobody is (a gap between rotations' restrictions).
         */
        get: operations["ShowOnCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/scenes/{scene_id}/roles/{role_id}/rotations/{index}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a participant to one rotation of a role (a piecewise edit of the scene document)
         * @description Checked and stored like PUT (the version goes up). Everyone after the new participant is on call one shift later.
         */
        post: operations["AddRotationParticipant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/scenes/{scene_id}/roles/{role_id}/rotations/{index}/participants/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a participant from one rotation of a role (a piecewise edit of the scene document)
         * @description Checked and stored like PUT (the version goes up). A rotation keeps at least one participant.
         */
        delete: operations["RemoveRotationParticipant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/scenes/{scene_id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The final schedule (overrides applied) of every role of a scene over a range, as shifts */
        get: operations["ShowOnCallTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/oncall/users/{user_id}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's on-call shifts in every scene and role over a range */
        get: operations["ListUserShifts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign a person in with user id and password: sets the incidentd_session cookie */
        post: operations["SignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person's session (and its CSRF token), or 401 */
        get: operations["ShowCurrentSession"];
        put?: never;
        post?: never;
        /** Sign out: ends the session on the server and clears the cookie */
        delete: operations["SignOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project's workflow settings */
        get: operations["GetSettings"];
        /** Change the project's workflow settings (absent fields keep their values) */
        put: operations["UpdateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's tokens (never their secrets) */
        get: operations["ListTokens"];
        put?: never;
        /** Create an X-Auth-Token (the secret is shown only in this response) */
        post: operations["CreateToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token (it stays listed, with revoked_at) */
        delete: operations["RevokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/transfer-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's transfer rules in evaluation order (the first matching rule wins) */
        get: operations["ListTransferRules"];
        put?: never;
        /** Create a transfer rule (alarms → incidents); appended last unless `position` is given */
        post: operations["CreateTransferRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/transfer-rules/{rule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show one transfer rule */
        get: operations["ShowTransferRule"];
        /** Replace a transfer rule's definition; `position` moves it (absent: it keeps its place) */
        put: operations["UpdateTransferRule"];
        post?: never;
        /** Delete a transfer rule (the incidents it created stay) */
        delete: operations["DeleteTransferRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's directory users */
        get: operations["ListUsers"];
        put?: never;
        /** Add a user to the project's directory, or rename the user with that id */
        post: operations["AddUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/users/{user_id}/notification-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a directory user is reached (their own, or any user's for admins) */
        get: operations["ListNotificationMethods"];
        /** Set how a directory user is reached: e-mail and/or a chat bot (replaces both) */
        put: operations["SetNotificationMethods"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/users/{user_id}/notification-methods/{method_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger of one of a user's contact methods: deliveries newest first, with every attempt */
        get: operations["ListNotificationDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/users/{user_id}/notification-methods/{method_id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one of a contact method's deliveries again, from a fresh retry schedule */
        post: operations["RedeliverNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/users/{user_id}/notification-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's notification rules, application subscriptions included */
        get: operations["ListNotificationRules"];
        /** Set which events reach a user as assignee, WarRoom member or application subscriber */
        put: operations["SetNotificationRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/users/{user_id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a directory user's password (and role): the user may sign in; their sessions end */
        put: operations["SetUserPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/users/{user_id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the role a user signs in with (applies to their open sessions at once) */
        put: operations["SetUserRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/warrooms/{war_room_num}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a WarRoom (status 20)
         * @description Sets status 20 and close_time; closing a closed WarRoom is 400 IDT.00070002.
         */
        post: operations["CloseWarRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/warrooms/{war_room_num}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a WarRoom to fault delimited (3) or fault recovered (7)
         * @description Statuses only move forward: 1 → 3 → 7 → 20. Status 7 sets recover_time (if not set yet).
         */
        post: operations["ChangeWarRoomStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's webhook subscriptions (never their secrets) */
        get: operations["ListWebhooks"];
        put?: never;
        /** Subscribe a URL to incident events (the signing secret is shown only in this response) */
        post: operations["CreateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a webhook subscription, with why incidentd disabled it if it did */
        get: operations["ShowWebhook"];
        put?: never;
        post?: never;
        /** Delete a webhook subscription with its deliveries and their ledger */
        delete: operations["DeleteWebhook"];
        options?: never;
        head?: never;
        /** Change a webhook subscription's URL, events, description, filters or enabled state */
        patch: operations["UpdateWebhook"];
        trace?: never;
    };
    "/incidentd/v1/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery ledger: deliveries newest first, each with every attempt */
        get: operations["ListWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one delivery again (same webhook-id), from a fresh retry schedule */
        post: operations["RedeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/webhooks/{webhook_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send again every failed delivery created since a time */
        post: operations["RedeliverFailedWebhookDeliveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidentd/v1/webhooks/{webhook_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret; the old one keeps signing beside it for overlap_hours */
        post: operations["RotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics of this node (admin or metrics token)
         * @description The Prometheus text format (prom-client): requests, incidents, alarms, transfer rules, webhooks, the database, the process. Counters are this node's; gauges read from the database are the cluster's (docs/observability.md).
         */
        get: operations["ShowMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers (503 otherwise) */
        get: operations["Readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{ticket_type}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an attachment
         * @description multipart/form-data with one file part named `file`: .jpg, .png, .docx, .txt or .pdf, at most 10 MB, content checked against the extension. The response carries both COC key sets (code/msg and error_code/error_msg). Signed (AK/SK) uploads send X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD, as the SDK does.
         */
        post: operations["CreateAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{ticket_type}/attachments/{doc_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description The stored bytes as application/octet-stream, with Content-Disposition: attachment naming the file (filename and filename*=UTF-8''…) and the stored type in X-Attachment-Content-Type. An unknown doc_id, or one of another project, is HTTP 400 IDT.00030001.
         */
        get: operations["DownloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{ticket_type}/list-histories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A ticket's operation history (v1 item shape) */
        post: operations["ListTicketOperationHistories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarm-mgmt/alarm/{alarm_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An alarm's details (AlarmInfoDTO plus incidentd's extensions) */
        get: operations["ShowAlarm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarm-mgmt/alarm/{alarm_id}/auto-process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for an alarm to be handled by a script or runbook
         * @description incidentd runs no scripts: it records the request as a PROCESSING work order, shows it on ShowAlarm and in ListAlarmHandleHistories, and sends the alarm.auto_process_requested webhook event for an executor, which reports the outcome through ReportAlarmHandleOutcome. data is the work order id. A resolved alarm cannot be handled.
         */
        post: operations["HandlerAlarm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarm-mgmt/alarm/{alarm_id}/handle-histories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An alarm's HandlerAlarm work orders and their outcomes
         * @description Newest first. The answer's fields are at the top level of the body (count, alarm_handle_histories, resolved_record), as COC's SDK models the response; errors use the usual envelope. resolved_record is the alarm's clearance (null while it is alarming).
         */
        get: operations["ListAlarmHandleHistories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarm-mgmt/alarms-linked-incident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn alarms into one incident (source source_id, default incident_source_alarm) and link them
         * @description The incident is created like CreateCocIncident (creator = the credential's principal); data is [incident_num]. An alarm already linked to an incident is refused.
         */
        post: operations["TransferAlarmToIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alarm-mgmt/alarms/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear (resolve) alarms by hand
         * @description All named alarms or none: an unknown id (or one of another project) fails the request. data lists the named alarm ids.
         */
        post: operations["ClearAlarm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event/huawei/custom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report an alarm in COC's custom format (the integration key as Authorization: Bearer; recommended)
         * @description Stored before the answer (durable). Validation errors list every failing field, joined by ' | ', as 400 COC.00000001; a bad or missing key is 401 common.01010001.
         */
        post: operations["CreateReportCustomEventBearer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event/huawei/custom/{integration_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report an alarm in COC's custom format (the integration key in the path, as COC has it)
         * @description Stored before the answer (durable). Validation errors list every failing field, joined by ' | ', as 400 COC.00000001; a bad or missing key is 401 common.01010001.
         */
        post: operations["CreateReportCustomEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event/prometheus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive an Alertmanager webhook (the integration key as Authorization: Bearer; recommended)
         * @description Every alert of the payload is stored before the answer, in one transaction. Mapping in docs/alarms.md.
         */
        post: operations["CreateReportPrometheusEventBearer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event/prometheus/{integration_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive an Alertmanager webhook (the integration key in the path, as COC has it)
         * @description Every alert of the payload is stored before the answer, in one transaction. Mapping in docs/alarms.md.
         */
        post: operations["CreateReportPrometheusEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/external/{ticket_type}/list-histories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A ticket's operation history (v1 item shape) */
        post: operations["ListCocTicketOperationHistories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/external/incident/{incident_num}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show an incident
         * @description COC ShowCocIncidentDetail. A missing incident (or one of another project) is HTTP 400 COC.00067003.
         */
        get: operations["ShowCocIncidentDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/external/incident/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an attachment
         * @description multipart/form-data with one file part named `file`: .jpg, .png, .docx, .txt or .pdf, at most 10 MB, content checked against the extension. The response carries both COC key sets (code/msg and error_code/error_msg). Signed (AK/SK) uploads send X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD, as the SDK does.
         */
        post: operations["CreateExternalCocAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/external/incident/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an incident
         * @description COC CreateCocIncident. The new incident is INCIDENT_STATUS_TRIGGERED. Needs incident_assignee, or assignee_scene and assignee_role together.
         */
        post: operations["CreateCocIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/external/incident/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a workflow action on an incident (v1 operate_key) */
        post: operations["HandleCocIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/external/warrooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a WarRoom for an incident
         * @description COC CreateWarRoom. data is the WarRoom number (WR + 24 digits); the incident's warroom_id is set to it. One WarRoom per incident (docs/warrooms.md).
         */
        post: operations["CreateWarRoom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/external/warrooms/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the project's WarRooms
         * @description COC ListWarRoom. Newest first (ties by number); offset counts rows; created in the last 30 days unless triggered_start_time/triggered_end_time say otherwise (docs/warrooms.md).
         */
        post: operations["ListWarRooms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incident-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project's incidents, newest first, a page at a time
         * @description offset is a 1-based page number (COC's meaning), limit the page size.
         */
        get: operations["ListIncidentSimpleTickets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident workflow: nodes, actions, parameters (JSON Schema), next nodes (incidentd extension) */
        get: operations["DescribeWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/incidents/{incident_id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a workflow action on an incident */
        post: operations["HandleIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/incidents/{incident_id}/histories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The incident's history, oldest first (sort_filter start_time desc for newest first)
         * @description ListIncidents' filter language (string_filters, int_filters, condition, sort_filter, count_filters, group_by_filter) over the entry fields action, action_name_zh, action_name_en, operator, status, comment, start_time, stop_time (create_time = stop_time), ticket_id. ListIncidents-only body fields (page, per_page, contain_total, contain_all, contain_sub_ticket, ticket_types, cursor) are a 400 naming the field.
         */
        post: operations["ListIncidentsHistories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/incidents/{incident_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The incident's open workflow node and the actions allowed there
         * @description Each call returns the current task_id; it is single-use: any change to the incident retires it.
         */
        get: operations["ShowIncidentTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/incidents/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search incidents with COC's filter language */
        post: operations["ListIncidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    ListAccessKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            access_keys: {
                                access_key: string;
                                /** @description May name other users as the operator in strict mode. */
                                act_as_others: boolean;
                                created_at: number;
                                enabled: boolean;
                                /** @description The latest lock after failed signatures (epoch ms): the key is refused until then for the source address that failed, not for others. */
                                locked_until: number | null;
                                name: string;
                                principal: string;
                                role: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateAccessKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description In projects with strict roles, may this credential name another user as the operator of an action reserved to a person (accept, solve, approve, …)? Only for integrations that relay people's actions. Default false: such actions are recorded for the principal. */
                    act_as_others?: boolean;
                    name: string;
                    principal: string;
                    /** @description admin: everything in the project; writer: incident operations; reader: queries only. */
                    role: "admin" | "writer" | "reader";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            access_key: string;
                            secret_key: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    DeleteAccessKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                access_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    DisableAccessKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                access_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    EnableAccessKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                access_key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListAlarms: {
        parameters: {
            query?: {
                /** @description The reported level. Repeat the parameter for several (any of them matches). */
                alarm_level?: ("Critical" | "Major" | "Minor" | "Info")[];
                /** @description ShowAlarm's name for the level (urgent = Critical, …). Repeat the parameter for several (any of them matches). */
                importance?: ("urgent" | "major" | "minor" | "warn")[];
                /** @description Alarms linked to this incident, in any episode (by TransferAlarmToIncident or a rule). */
                incident_num?: string;
                /** @description The integration that first reported the alarm (creator). */
                integration_id?: string;
                /** @description 1 = the first page. */
                page?: number;
                /** @description Alarms per page, default 50, at most 200. */
                per_page?: number;
                /** @description Last changed (update_time) at or after this, epoch milliseconds. */
                since?: number;
                /** @description alarming or resolved. Repeat the parameter for several (any of them matches). */
                status?: ("alarming" | "resolved")[];
                /** @description The name or the description contains this text (any case; % and _ are plain characters). */
                text?: string;
                /** @description Last changed before this, epoch milliseconds. */
                until?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            alarms: {
                                /** @description incidentd: custom additional, or the Alertmanager labels and annotations. */
                                additional: {
                                    [key: string]: unknown;
                                } | null;
                                /** @description incidentd: the reported level (Critical, Major, Minor, Info). */
                                alarm_level: string;
                                /** @description Application id. */
                                app: string;
                                /** @description Incident linked to the current episode, or empty. */
                                associate_event_id: string;
                                /** @description The latest HandlerAlarm's, or empty. */
                                associated_task_id: string;
                                /** @description The latest HandlerAlarm's, or empty. */
                                associated_task_name: string;
                                /** @description The latest HandlerAlarm's, or empty. */
                                associated_task_type: string;
                                /** @description The reported alarmSource (prometheus for Alertmanager). */
                                come_from: string;
                                come_from_en: string;
                                /** @description Reports of the current firing episode. */
                                converge_count: number;
                                create_time: number;
                                /** @description Id of the integration that reported it. */
                                creator: string;
                                /** @description That integration's name (its id once deleted). */
                                creator_name: string;
                                /** @description incidentd: alarmDesc / the Alertmanager description. */
                                description: string;
                                /** @description The project id. */
                                domain_id: string;
                                /** @description incidentd: 1, +1 each time it fires again after recovering. */
                                episode: number;
                                /** @description incidentd: sender's time the current episode began. */
                                first_occur_time: number;
                                /** @description incidentd, ShowAlarm only: the latest HandlerAlarm work order's status (PROCESSING while being handled, then FINISHED, ABNORMAL or CANCELED), or empty when never handled. */
                                handle_status?: string;
                                /** @description incidentd, ShowAlarm only: that work order's id, or empty. */
                                handle_work_order_id?: string;
                                id: string;
                                /** @description urgent, major, minor or warn (Critical, Major, Minor, Info). */
                                importance: string;
                                /** @description incidentd: when the latest firing report arrived. */
                                last_occur_time: number;
                                name: string;
                                /** @description incidentd */
                                name_space: string;
                                /** @description Who asked for the latest HandlerAlarm (its principal), or empty. */
                                owner: string;
                                /** @description Always empty. */
                                owner_alias: string;
                                /** @description The same principal, or empty. */
                                owner_name: string;
                                recovery_time: number | null;
                                region: string;
                                remarks: string;
                                /** @description incidentd */
                                resource_id: string;
                                /** @description incidentd */
                                resource_name: string;
                                /** @description alarming or resolved. */
                                status: string;
                                /** @description The latest HandlerAlarm's SCRIPT or RUNBOOK, or empty. */
                                task_type: string;
                                transfer_rule: string;
                                transfer_rule_name: string;
                                update_time: number;
                                /** @description incidentd */
                                url: string;
                            }[];
                            page: number;
                            per_page: number;
                            /** @description Alarms matching the filters, on every page. */
                            total: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ReportAlarmHandleOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alarm_id: string;
                work_order_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description When it ended (epoch ms); default now. */
                    end_time?: number;
                    /** @description What the executor wants to record (shown in the handle histories). */
                    message?: string | null;
                    /** @description The work order's outcome. */
                    status: "FINISHED" | "ABNORMAL" | "CANCELED";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowIncidentAnalytics: {
        parameters: {
            query: {
                /** @description json (default) or csv; without it, an Accept header naming text/csv selects CSV. */
                format?: "json" | "csv";
                /** @description Start of the range (inclusive): ISO 8601; a date or a time without offset is in tz. */
                from: string;
                /** @description Split every bucket by this (current) value. */
                group_by?: "level" | "application" | "source" | "assignee";
                /** @description Calendar buckets in tz (default day). */
                interval?: "day" | "week" | "month";
                /** @description End of the range (exclusive), after from: at most 366 days after it with interval=day, 1830 otherwise. */
                to: string;
                /** @description IANA time zone (default UTC), e.g. Asia/Shanghai. */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            from: string;
                            group_by: string | null;
                            interval: string;
                            rows: {
                                accepted: number;
                                /** @description 2026-03-29 (day), 2026-W13 (ISO week) or 2026-03 (month), in tz. */
                                bucket: string;
                                closed: number;
                                created: number;
                                end: string;
                                group: string | null;
                                mtta: {
                                    /** @description Still open without the end: counted here, in no mean. */
                                    censored: number;
                                    mean_ms: number | null;
                                    /** @description Incidents whose duration ended (in the mean and percentiles). */
                                    measured: number;
                                    /** @description Closed without ever being accepted (a rejection accepted). */
                                    never: number;
                                    p50_ms: number | null;
                                    p90_ms: number | null;
                                };
                                mttr: {
                                    /** @description Still open without the end: counted here, in no mean. */
                                    censored: number;
                                    mean_ms: number | null;
                                    /** @description Incidents whose duration ended (in the mean and percentiles). */
                                    measured: number;
                                    p50_ms: number | null;
                                    p90_ms: number | null;
                                };
                                open: number;
                                resolved: number;
                                /** @description The bucket's start within the range, ISO 8601 with tz's offset. */
                                start: string;
                            }[];
                            to: string;
                            tz: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowOpenIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description One row per level and status that has open incidents, sorted by level, then status. */
                            rows: {
                                count: number;
                                /** @description incident_level key, e.g. level_10 (P1). */
                                level: string;
                                /** @description INCIDENT_STATUS_TRIGGERED, …_ACKNOWLEDGED, …_RESOLVED, …_REJECTED. */
                                status: string;
                            }[];
                            /** @description The project's incidents not closed (not at an end node), now. */
                            total: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            applications: {
                                id: string;
                                name: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    AddApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Application id as used in current_cloud_service. */
                    id: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            name: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListApplicationSubscribers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            subscribers: {
                                application_id: string | null;
                                audience: string;
                                events: string[];
                                user_id: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    AddApplicationSubscriber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The event types that reach the user this way (docs/notifications.md). */
                    events: ("incident.created" | "incident.updated" | "incident.assigned" | "incident.level_changed" | "incident.resolved" | "incident.closed" | "warroom.started" | "warroom.updated" | "warroom.closed" | "alarm.linked" | "alarm.recovered" | "alarm.auto_process_requested")[];
                    user_id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            application_id: string | null;
                            audience: string;
                            events: string[];
                            user_id: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    RemoveApplicationSubscriber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            incident_level: {
                                custom: boolean;
                                key: string;
                                name_en: string;
                                name_zh: string;
                            }[];
                            incident_ownership: {
                                custom: boolean;
                                key: string;
                                name_en: string;
                                name_zh: string;
                            }[];
                            incident_source: {
                                custom: boolean;
                                key: string;
                                name_en: string;
                                name_zh: string;
                            }[];
                            incident_type: {
                                custom: boolean;
                                key: string;
                                name_en: string;
                                name_zh: string;
                            }[];
                            status: {
                                custom: boolean;
                                key: string;
                                name_en: string;
                                name_zh: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    AddCatalogueEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description incident_type or incident_ownership */
                field: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    name_en: string;
                    name_zh: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            key: string;
                            name_en: string;
                            name_zh: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ExportIncidents: {
        parameters: {
            query?: {
                /** @description CSV only. escape (default): a value starting with =, +, -, @, tab or CR is written with a leading ' so spreadsheets do not run it as a formula; raw: values exactly as stored, for programs. */
                csv_formulas?: "escape" | "raw";
                format?: "ndjson" | "csv";
                query?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description NDJSON (one list item per line) or CSV with a header row. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    CountIncidentsByStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    int_filters?: {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        /** @description Name used by condition. */
                        name?: string;
                        /** @description in, like, startwith, endwith, =, !=, >, <, >=, <= */
                        operator: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        /** @description One value, or several for in. */
                        values: unknown[];
                    }[];
                    string_filters?: {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        /** @description Name used by condition. */
                        name?: string;
                        /** @description in, like, startwith, endwith, =, !=, >, <, >=, <= */
                        operator: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        /** @description One value, or several for in. */
                        values: unknown[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description INCIDENTD_STATUS_COUNT_CAP */
                            cap: number;
                            statuses: {
                                /** @description true: more than cap incidents match (shown as cap+). */
                                capped: boolean;
                                /** @description Exact when capped is false; the cap when it is true. */
                                count: number;
                                status: string;
                            }[];
                            total: {
                                /** @description true: more than cap incidents match (shown as cap+). */
                                capped: boolean;
                                /** @description Exact when capped is false; the cap when it is true. */
                                count: number;
                            };
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListIntegrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            integrations: {
                                created_at: number;
                                /** @description A disabled integration's key is answered 401. */
                                enabled: boolean;
                                id: string;
                                /** @description The key's last four characters (the key itself is never shown again). */
                                key_hint: string;
                                kind: string;
                                name: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description custom: COC's custom alarm format (POST /v1/event/huawei/custom with Authorization: Bearer <key>, or POST /v1/event/huawei/custom/{key}); prometheus: Alertmanager's webhook (POST /v1/event/prometheus, or /v1/event/prometheus/{key}). */
                    kind: "custom" | "prometheus";
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            created_at: number;
                            /** @description A disabled integration's key is answered 401. */
                            enabled: boolean;
                            id: string;
                            /** @description The key's last four characters (the key itself is never shown again). */
                            key_hint: string;
                            kind: string;
                            name: string;
                        } & {
                            /** @description The intake path to use with Authorization: Bearer <integration_key> (recommended: the key stays out of URLs and logs). */
                            bearer_path: string;
                            /** @description 32 letters and digits: the Bearer credential, or the last segment of path. */
                            integration_key: string;
                            /** @description COC's intake URL path: the key is its last segment. */
                            path: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    DeleteIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integration_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    DisableIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integration_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    EnableIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                integration_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListOnCallFeeds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            feeds: {
                                created_at: number;
                                /** @description The principal that created it. */
                                created_by: string;
                                id: string;
                                kind: "user" | "role";
                                name: string;
                                revoked_at: number | null;
                                role_id: string | null;
                                scene_id: string | null;
                                user_id: string | null;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateOnCallFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Shown in the list and as the calendar's name. */
                    name?: string;
                    /** @description A role's feed: the role of scene_id. */
                    role_id?: string;
                    /** @description A role's feed: the scene (with role_id). */
                    scene_id?: string;
                    /** @description A person's feed: their shifts in every scene and role. */
                    user_id?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            created_at: number;
                            /** @description The principal that created it. */
                            created_by: string;
                            id: string;
                            kind: "user" | "role";
                            name: string;
                            revoked_at: number | null;
                            role_id: string | null;
                            scene_id: string | null;
                            user_id: string | null;
                        } & {
                            /** @description The calendar's URL path on this server: the token is in it. */
                            path: string;
                            /** @description The feed's secret (idf_ and 64 hex digits); stored hashed. */
                            token: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    RevokeOnCallFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feed_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowOnCallFeedCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The feed's token (idf_ and 64 hex digits). */
                feed_token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description An iCalendar (RFC 5545) document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    ListOnCallScenes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            scenes: {
                                name: string;
                                scene_id: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowOnCallScene: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description COC's assignee_scene / scene_id. */
                scene_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            scene_id: string;
                            version: number;
                        } & {
                            escalation?: {
                                /** @description Runs through the steps again this many times. */
                                repeat?: number;
                                steps: {
                                    /** @description Minutes after the previous step (or the assignment). */
                                    after_minutes: number;
                                    /** @description Whoever is on call for this role of the scene. */
                                    role_id?: string;
                                    /** @description This directory user. */
                                    user_id?: string;
                                }[];
                            };
                            name: string;
                            overrides?: {
                                /** @description ISO-8601 instant it ends (exclusive). */
                                end: string;
                                /** @description Only while this user would be on call. */
                                replaces?: string | null;
                                /** @description The role covered. */
                                role_id: string;
                                /** @description ISO-8601 instant the override starts. */
                                start: string;
                                /** @description Who is on call instead (a directory user id). */
                                user_id: string;
                            }[];
                            roles: {
                                name: string;
                                /** @description COC's assignee_role / role_id. */
                                role_id: string;
                                rotations: {
                                    /** @description Local time of every hand-off. */
                                    handoff: string;
                                    participants: string[];
                                    restrictions?: {
                                        /** @description ISO weekdays the window starts on: 1 = Monday … 7 = Sunday. */
                                        days: number[];
                                        /** @description Local start of the window. */
                                        from: string;
                                        /** @description Local end; at or before `from`: the window runs past midnight. */
                                        to: string;
                                    }[];
                                    /** @description ISO-8601 duration of one shift: PT12H, P1D, P1W … */
                                    shift: string;
                                    /** @description Local date the first participant starts, at `handoff`. */
                                    start: string;
                                    /** @description IANA time zone, e.g. Europe/Berlin. */
                                    time_zone: string;
                                }[];
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    PutOnCallScene: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description COC's assignee_scene / scene_id. */
                scene_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    escalation?: {
                        /** @description Runs through the steps again this many times. */
                        repeat?: number;
                        steps: {
                            /** @description Minutes after the previous step (or the assignment). */
                            after_minutes: number;
                            /** @description Whoever is on call for this role of the scene. */
                            role_id?: string;
                            /** @description This directory user. */
                            user_id?: string;
                        }[];
                    };
                    name: string;
                    overrides?: {
                        /** @description ISO-8601 instant it ends (exclusive). */
                        end: string;
                        /** @description Only while this user would be on call. */
                        replaces?: string | null;
                        /** @description The role covered. */
                        role_id: string;
                        /** @description ISO-8601 instant the override starts. */
                        start: string;
                        /** @description Who is on call instead (a directory user id). */
                        user_id: string;
                    }[];
                    roles: {
                        name: string;
                        /** @description COC's assignee_role / role_id. */
                        role_id: string;
                        rotations: {
                            /** @description Local time of every hand-off. */
                            handoff: string;
                            participants: string[];
                            restrictions?: {
                                /** @description ISO weekdays the window starts on: 1 = Monday … 7 = Sunday. */
                                days: number[];
                                /** @description Local start of the window. */
                                from: string;
                                /** @description Local end; at or before `from`: the window runs past midnight. */
                                to: string;
                            }[];
                            /** @description ISO-8601 duration of one shift: PT12H, P1D, P1W … */
                            shift: string;
                            /** @description Local date the first participant starts, at `handoff`. */
                            start: string;
                            /** @description IANA time zone, e.g. Europe/Berlin. */
                            time_zone: string;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            scene_id: string;
                            version: number;
                        } & {
                            escalation?: {
                                /** @description Runs through the steps again this many times. */
                                repeat?: number;
                                steps: {
                                    /** @description Minutes after the previous step (or the assignment). */
                                    after_minutes: number;
                                    /** @description Whoever is on call for this role of the scene. */
                                    role_id?: string;
                                    /** @description This directory user. */
                                    user_id?: string;
                                }[];
                            };
                            name: string;
                            overrides?: {
                                /** @description ISO-8601 instant it ends (exclusive). */
                                end: string;
                                /** @description Only while this user would be on call. */
                                replaces?: string | null;
                                /** @description The role covered. */
                                role_id: string;
                                /** @description ISO-8601 instant the override starts. */
                                start: string;
                                /** @description Who is on call instead (a directory user id). */
                                user_id: string;
                            }[];
                            roles: {
                                name: string;
                                /** @description COC's assignee_role / role_id. */
                                role_id: string;
                                rotations: {
                                    /** @description Local time of every hand-off. */
                                    handoff: string;
                                    participants: string[];
                                    restrictions?: {
                                        /** @description ISO weekdays the window starts on: 1 = Monday … 7 = Sunday. */
                                        days: number[];
                                        /** @description Local start of the window. */
                                        from: string;
                                        /** @description Local end; at or before `from`: the window runs past midnight. */
                                        to: string;
                                    }[];
                                    /** @description ISO-8601 duration of one shift: PT12H, P1D, P1W … */
                                    shift: string;
                                    /** @description Local date the first participant starts, at `handoff`. */
                                    start: string;
                                    /** @description IANA time zone, e.g. Europe/Berlin. */
                                    time_zone: string;
                                }[];
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    DeleteOnCallScene: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description COC's assignee_scene / scene_id. */
                scene_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    AddOnCallOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description COC's assignee_scene / scene_id. */
                scene_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description ISO-8601 instant it ends (exclusive). */
                    end: string;
                    /** @description Only while this user would be on call. */
                    replaces?: string | null;
                    /** @description The role covered. */
                    role_id: string;
                    /** @description ISO-8601 instant the override starts. */
                    start: string;
                    /** @description Who is on call instead (a directory user id). */
                    user_id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            scene_id: string;
                            version: number;
                        } & {
                            escalation?: {
                                /** @description Runs through the steps again this many times. */
                                repeat?: number;
                                steps: {
                                    /** @description Minutes after the previous step (or the assignment). */
                                    after_minutes: number;
                                    /** @description Whoever is on call for this role of the scene. */
                                    role_id?: string;
                                    /** @description This directory user. */
                                    user_id?: string;
                                }[];
                            };
                            name: string;
                            overrides?: {
                                /** @description ISO-8601 instant it ends (exclusive). */
                                end: string;
                                /** @description Only while this user would be on call. */
                                replaces?: string | null;
                                /** @description The role covered. */
                                role_id: string;
                                /** @description ISO-8601 instant the override starts. */
                                start: string;
                                /** @description Who is on call instead (a directory user id). */
                                user_id: string;
                            }[];
                            roles: {
                                name: string;
                                /** @description COC's assignee_role / role_id. */
                                role_id: string;
                                rotations: {
                                    /** @description Local time of every hand-off. */
                                    handoff: string;
                                    participants: string[];
                                    restrictions?: {
                                        /** @description ISO weekdays the window starts on: 1 = Monday … 7 = Sunday. */
                                        days: number[];
                                        /** @description Local start of the window. */
                                        from: string;
                                        /** @description Local end; at or before `from`: the window runs past midnight. */
                                        to: string;
                                    }[];
                                    /** @description ISO-8601 duration of one shift: PT12H, P1D, P1W … */
                                    shift: string;
                                    /** @description Local date the first participant starts, at `handoff`. */
                                    start: string;
                                    /** @description IANA time zone, e.g. Europe/Berlin. */
                                    time_zone: string;
                                }[];
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    RemoveOnCallOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 0-based, in the document's order. */
                index: number;
                /** @description COC's assignee_scene / scene_id. */
                scene_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            scene_id: string;
                            version: number;
                        } & {
                            escalation?: {
                                /** @description Runs through the steps again this many times. */
                                repeat?: number;
                                steps: {
                                    /** @description Minutes after the previous step (or the assignment). */
                                    after_minutes: number;
                                    /** @description Whoever is on call for this role of the scene. */
                                    role_id?: string;
                                    /** @description This directory user. */
                                    user_id?: string;
                                }[];
                            };
                            name: string;
                            overrides?: {
                                /** @description ISO-8601 instant it ends (exclusive). */
                                end: string;
                                /** @description Only while this user would be on call. */
                                replaces?: string | null;
                                /** @description The role covered. */
                                role_id: string;
                                /** @description ISO-8601 instant the override starts. */
                                start: string;
                                /** @description Who is on call instead (a directory user id). */
                                user_id: string;
                            }[];
                            roles: {
                                name: string;
                                /** @description COC's assignee_role / role_id. */
                                role_id: string;
                                rotations: {
                                    /** @description Local time of every hand-off. */
                                    handoff: string;
                                    participants: string[];
                                    restrictions?: {
                                        /** @description ISO weekdays the window starts on: 1 = Monday … 7 = Sunday. */
                                        days: number[];
                                        /** @description Local start of the window. */
                                        from: string;
                                        /** @description Local end; at or before `from`: the window runs past midnight. */
                                        to: string;
                                    }[];
                                    /** @description ISO-8601 duration of one shift: PT12H, P1D, P1W … */
                                    shift: string;
                                    /** @description Local date the first participant starts, at `handoff`. */
                                    start: string;
                                    /** @description IANA time zone, e.g. Europe/Berlin. */
                                    time_zone: string;
                                }[];
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowOnCall: {
        parameters: {
            query?: {
                /** @description ISO-8601 instant. */
                at?: string;
            };
            header?: never;
            path: {
                role_id: string;
                scene_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            display_name: string;
                            /** @description ISO-8601 (UTC), exclusive. */
                            shift_end: string;
                            /** @description ISO-8601 (UTC). */
                            shift_start: string;
                            source: "rotation" | "override";
                            user_id: string;
                        } | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    AddRotationParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 0-based place of the rotation in the role. */
                index: number;
                /** @description COC's assignee_role / role_id. */
                role_id: string;
                /** @description COC's assignee_scene / scene_id. */
                scene_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 0-based place in the rotation; default: last. */
                    position?: number;
                    /** @description A directory user id. */
                    user_id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            scene_id: string;
                            version: number;
                        } & {
                            escalation?: {
                                /** @description Runs through the steps again this many times. */
                                repeat?: number;
                                steps: {
                                    /** @description Minutes after the previous step (or the assignment). */
                                    after_minutes: number;
                                    /** @description Whoever is on call for this role of the scene. */
                                    role_id?: string;
                                    /** @description This directory user. */
                                    user_id?: string;
                                }[];
                            };
                            name: string;
                            overrides?: {
                                /** @description ISO-8601 instant it ends (exclusive). */
                                end: string;
                                /** @description Only while this user would be on call. */
                                replaces?: string | null;
                                /** @description The role covered. */
                                role_id: string;
                                /** @description ISO-8601 instant the override starts. */
                                start: string;
                                /** @description Who is on call instead (a directory user id). */
                                user_id: string;
                            }[];
                            roles: {
                                name: string;
                                /** @description COC's assignee_role / role_id. */
                                role_id: string;
                                rotations: {
                                    /** @description Local time of every hand-off. */
                                    handoff: string;
                                    participants: string[];
                                    restrictions?: {
                                        /** @description ISO weekdays the window starts on: 1 = Monday … 7 = Sunday. */
                                        days: number[];
                                        /** @description Local start of the window. */
                                        from: string;
                                        /** @description Local end; at or before `from`: the window runs past midnight. */
                                        to: string;
                                    }[];
                                    /** @description ISO-8601 duration of one shift: PT12H, P1D, P1W … */
                                    shift: string;
                                    /** @description Local date the first participant starts, at `handoff`. */
                                    start: string;
                                    /** @description IANA time zone, e.g. Europe/Berlin. */
                                    time_zone: string;
                                }[];
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    RemoveRotationParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 0-based place of the rotation in the role. */
                index: number;
                /** @description COC's assignee_role / role_id. */
                role_id: string;
                /** @description COC's assignee_scene / scene_id. */
                scene_id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            scene_id: string;
                            version: number;
                        } & {
                            escalation?: {
                                /** @description Runs through the steps again this many times. */
                                repeat?: number;
                                steps: {
                                    /** @description Minutes after the previous step (or the assignment). */
                                    after_minutes: number;
                                    /** @description Whoever is on call for this role of the scene. */
                                    role_id?: string;
                                    /** @description This directory user. */
                                    user_id?: string;
                                }[];
                            };
                            name: string;
                            overrides?: {
                                /** @description ISO-8601 instant it ends (exclusive). */
                                end: string;
                                /** @description Only while this user would be on call. */
                                replaces?: string | null;
                                /** @description The role covered. */
                                role_id: string;
                                /** @description ISO-8601 instant the override starts. */
                                start: string;
                                /** @description Who is on call instead (a directory user id). */
                                user_id: string;
                            }[];
                            roles: {
                                name: string;
                                /** @description COC's assignee_role / role_id. */
                                role_id: string;
                                rotations: {
                                    /** @description Local time of every hand-off. */
                                    handoff: string;
                                    participants: string[];
                                    restrictions?: {
                                        /** @description ISO weekdays the window starts on: 1 = Monday … 7 = Sunday. */
                                        days: number[];
                                        /** @description Local start of the window. */
                                        from: string;
                                        /** @description Local end; at or before `from`: the window runs past midnight. */
                                        to: string;
                                    }[];
                                    /** @description ISO-8601 duration of one shift: PT12H, P1D, P1W … */
                                    shift: string;
                                    /** @description Local date the first participant starts, at `handoff`. */
                                    start: string;
                                    /** @description IANA time zone, e.g. Europe/Berlin. */
                                    time_zone: string;
                                }[];
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowOnCallTimeline: {
        parameters: {
            query: {
                /** @description ISO-8601 instant. */
                from: string;
                /** @description ISO-8601 instant (at most 93 days after from). */
                to: string;
            };
            header?: never;
            path: {
                /** @description COC's assignee_scene / scene_id. */
                scene_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            roles: {
                                role_id: string;
                                shifts: {
                                    display_name: string;
                                    /** @description ISO-8601 (UTC), exclusive. */
                                    shift_end: string;
                                    /** @description ISO-8601 (UTC). */
                                    shift_start: string;
                                    source: "rotation" | "override";
                                    user_id: string;
                                }[];
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListUserShifts: {
        parameters: {
            query: {
                /** @description ISO-8601 instant. */
                from: string;
                /** @description ISO-8601 instant (at most 93 days after from). */
                to: string;
            };
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            shifts: ({
                                role_id: string;
                                scene_id: string;
                            } & {
                                display_name: string;
                                /** @description ISO-8601 (UTC), exclusive. */
                                shift_end: string;
                                /** @description ISO-8601 (UTC). */
                                shift_start: string;
                                source: "rotation" | "override";
                                user_id: string;
                            })[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    SignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    /** @description Needed only when the user id has a password in several projects. */
                    project_id?: string;
                    /** @description The directory user id. */
                    user_id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Send it as the X-CSRF-Token header on every request that changes data. */
                            csrf_token: string;
                            /** @description Epoch ms when the session ends unless used before (idle limit) or at the latest (absolute). */
                            expires_at: number;
                            /** @description The user's display name in the directory. */
                            name: string;
                            project_id: string;
                            /** @description admin: everything in the project; writer: incident operations; reader: queries only. */
                            role: "admin" | "writer" | "reader";
                            user_id: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Send it as the X-CSRF-Token header on every request that changes data. */
                            csrf_token: string;
                            /** @description Epoch ms when the session ends unless used before (idle limit) or at the latest (absolute). */
                            expires_at: number;
                            /** @description The user's display name in the directory. */
                            name: string;
                            project_id: string;
                            /** @description admin: everything in the project; writer: incident operations; reader: queries only. */
                            role: "admin" | "writer" | "reader";
                            user_id: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    SignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    GetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Users who approve pause and level-change requests. */
                            approvers: string[];
                            /** @description Strict roles: assignee/creator/approver rules instead of any writer (docs/workflow.md). */
                            strict_roles: boolean;
                            /** @description Incident levels (level_10 … level_50) at which a new incident starts a WarRoom at once; CreateCocIncident then requires region. */
                            warroom_auto_start_levels: string[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    UpdateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approvers?: string[];
                    strict_roles?: boolean;
                    /** @description Incident level keys; [] turns WarRoom auto-start off. */
                    warroom_auto_start_levels?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Users who approve pause and level-change requests. */
                            approvers: string[];
                            /** @description Strict roles: assignee/creator/approver rules instead of any writer (docs/workflow.md). */
                            strict_roles: boolean;
                            /** @description Incident levels (level_10 … level_50) at which a new incident starts a WarRoom at once; CreateCocIncident then requires region. */
                            warroom_auto_start_levels: string[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            tokens: {
                                /** @description May name other users as the operator in strict mode. */
                                act_as_others: boolean;
                                created_at: number;
                                id: string;
                                name: string;
                                /** @description User id the token acts as. */
                                principal: string;
                                revoked_at: number | null;
                                role: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description In projects with strict roles, may this credential name another user as the operator of an action reserved to a person (accept, solve, approve, …)? Only for integrations that relay people's actions. Default false: such actions are recorded for the principal. */
                    act_as_others?: boolean;
                    name: string;
                    principal: string;
                    /** @description admin: everything in the project; writer: incident operations; reader: queries only; metrics: GET /metrics only. */
                    role: "admin" | "writer" | "reader" | "metrics";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description May name other users as the operator in strict mode. */
                            act_as_others: boolean;
                            created_at: number;
                            id: string;
                            name: string;
                            /** @description User id the token acts as. */
                            principal: string;
                            revoked_at: number | null;
                            role: string;
                        } & {
                            token: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    RevokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListTransferRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            rules: {
                                auto_solve: boolean;
                                create_time: number;
                                enabled: boolean;
                                group_key: string;
                                id: string;
                                incident: {
                                    assignee: string | null;
                                    assignee_role: string | null;
                                    assignee_scene: string | null;
                                    current_cloud_service: string | null;
                                    description_template: string;
                                    incident_type: string;
                                    is_service_interrupt: boolean;
                                    level_mapping: {
                                        [key: string]: string;
                                    };
                                    title_template: string;
                                };
                                match: {
                                    application_id: string | null;
                                    integration_ids: string[];
                                    labels: {
                                        [key: string]: string;
                                    };
                                    levels: string[];
                                    name_contains: string | null;
                                    namespace: string | null;
                                };
                                name: string;
                                position: number;
                                update_time: number;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateTransferRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Submit a solution when every linked alarm has recovered (if the incident's node allows it). */
                    auto_solve?: boolean;
                    /** @description Default true; a disabled rule matches nothing. */
                    enabled?: boolean;
                    /** @description Alarms with equal keys share one open incident; default {{alarm_id}}. Placeholders: {{alarm_id}}, {{alarm_name}}, {{level}}, {{description}}, {{resource_name}}, {{resource_id}}, {{application_id}}, {{namespace}}, {{region_id}}, {{alarm_source}}, {{integration_id}}, {{url}}, {{labels.<name>}}. */
                    group_key?: string;
                    incident: {
                        /** @description Owner user id. */
                        assignee?: string;
                        /** @description On-call role id (with assignee_scene). */
                        assignee_role?: string;
                        /** @description On-call scene id (with assignee_role). */
                        assignee_scene?: string;
                        /** @description Application id of the incident; default the alarm's applicationId. */
                        current_cloud_service?: string;
                        /** @description incident_description (cut at 600); default {{description}}. Placeholders: {{alarm_id}}, {{alarm_name}}, {{level}}, {{description}}, {{resource_name}}, {{resource_id}}, {{application_id}}, {{namespace}}, {{region_id}}, {{alarm_source}}, {{integration_id}}, {{url}}, {{labels.<name>}}. */
                        description_template?: string;
                        /** @description Incident type key (built-in or the project's). */
                        incident_type: string;
                        /** @default false */
                        is_service_interrupt?: boolean;
                        /** @description Alarm level → incident level; default Critical→level_10 … Info→level_40. */
                        level_mapping?: {
                            /** @description Incident level key, level_10 (P1) … level_50 (P5). */
                            Critical?: string;
                            /** @description Incident level key, level_10 (P1) … level_50 (P5). */
                            Info?: string;
                            /** @description Incident level key, level_10 (P1) … level_50 (P5). */
                            Major?: string;
                            /** @description Incident level key, level_10 (P1) … level_50 (P5). */
                            Minor?: string;
                        };
                        /** @description incident_title (cut at 200). Placeholders: {{alarm_id}}, {{alarm_name}}, {{level}}, {{description}}, {{resource_name}}, {{resource_id}}, {{application_id}}, {{namespace}}, {{region_id}}, {{alarm_source}}, {{integration_id}}, {{url}}, {{labels.<name>}}. */
                        title_template: string;
                    };
                    match?: {
                        /** @description Alarms of this applicationId. */
                        application_id?: string;
                        /** @description Alarms first reported by one of these integrations. */
                        integration_ids?: string[];
                        /** @description Alarms having every one of these labels with exactly this value. */
                        labels?: {
                            [key: string]: string;
                        };
                        /** @description Alarms of one of these levels. */
                        levels?: ("Critical" | "Major" | "Minor" | "Info")[];
                        /** @description Alarms whose name contains this text (any case). */
                        name_contains?: string;
                        /** @description Alarms of this nameSpace. */
                        namespace?: string;
                    };
                    name: string;
                    /** @description 1-based place in the project's order (first match wins); default: last (create) or unchanged (update). */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            auto_solve: boolean;
                            create_time: number;
                            enabled: boolean;
                            group_key: string;
                            id: string;
                            incident: {
                                assignee: string | null;
                                assignee_role: string | null;
                                assignee_scene: string | null;
                                current_cloud_service: string | null;
                                description_template: string;
                                incident_type: string;
                                is_service_interrupt: boolean;
                                level_mapping: {
                                    [key: string]: string;
                                };
                                title_template: string;
                            };
                            match: {
                                application_id: string | null;
                                integration_ids: string[];
                                labels: {
                                    [key: string]: string;
                                };
                                levels: string[];
                                name_contains: string | null;
                                namespace: string | null;
                            };
                            name: string;
                            position: number;
                            update_time: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowTransferRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            auto_solve: boolean;
                            create_time: number;
                            enabled: boolean;
                            group_key: string;
                            id: string;
                            incident: {
                                assignee: string | null;
                                assignee_role: string | null;
                                assignee_scene: string | null;
                                current_cloud_service: string | null;
                                description_template: string;
                                incident_type: string;
                                is_service_interrupt: boolean;
                                level_mapping: {
                                    [key: string]: string;
                                };
                                title_template: string;
                            };
                            match: {
                                application_id: string | null;
                                integration_ids: string[];
                                labels: {
                                    [key: string]: string;
                                };
                                levels: string[];
                                name_contains: string | null;
                                namespace: string | null;
                            };
                            name: string;
                            position: number;
                            update_time: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    UpdateTransferRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Submit a solution when every linked alarm has recovered (if the incident's node allows it). */
                    auto_solve?: boolean;
                    /** @description Default true; a disabled rule matches nothing. */
                    enabled?: boolean;
                    /** @description Alarms with equal keys share one open incident; default {{alarm_id}}. Placeholders: {{alarm_id}}, {{alarm_name}}, {{level}}, {{description}}, {{resource_name}}, {{resource_id}}, {{application_id}}, {{namespace}}, {{region_id}}, {{alarm_source}}, {{integration_id}}, {{url}}, {{labels.<name>}}. */
                    group_key?: string;
                    incident: {
                        /** @description Owner user id. */
                        assignee?: string;
                        /** @description On-call role id (with assignee_scene). */
                        assignee_role?: string;
                        /** @description On-call scene id (with assignee_role). */
                        assignee_scene?: string;
                        /** @description Application id of the incident; default the alarm's applicationId. */
                        current_cloud_service?: string;
                        /** @description incident_description (cut at 600); default {{description}}. Placeholders: {{alarm_id}}, {{alarm_name}}, {{level}}, {{description}}, {{resource_name}}, {{resource_id}}, {{application_id}}, {{namespace}}, {{region_id}}, {{alarm_source}}, {{integration_id}}, {{url}}, {{labels.<name>}}. */
                        description_template?: string;
                        /** @description Incident type key (built-in or the project's). */
                        incident_type: string;
                        /** @default false */
                        is_service_interrupt?: boolean;
                        /** @description Alarm level → incident level; default Critical→level_10 … Info→level_40. */
                        level_mapping?: {
                            /** @description Incident level key, level_10 (P1) … level_50 (P5). */
                            Critical?: string;
                            /** @description Incident level key, level_10 (P1) … level_50 (P5). */
                            Info?: string;
                            /** @description Incident level key, level_10 (P1) … level_50 (P5). */
                            Major?: string;
                            /** @description Incident level key, level_10 (P1) … level_50 (P5). */
                            Minor?: string;
                        };
                        /** @description incident_title (cut at 200). Placeholders: {{alarm_id}}, {{alarm_name}}, {{level}}, {{description}}, {{resource_name}}, {{resource_id}}, {{application_id}}, {{namespace}}, {{region_id}}, {{alarm_source}}, {{integration_id}}, {{url}}, {{labels.<name>}}. */
                        title_template: string;
                    };
                    match?: {
                        /** @description Alarms of this applicationId. */
                        application_id?: string;
                        /** @description Alarms first reported by one of these integrations. */
                        integration_ids?: string[];
                        /** @description Alarms having every one of these labels with exactly this value. */
                        labels?: {
                            [key: string]: string;
                        };
                        /** @description Alarms of one of these levels. */
                        levels?: ("Critical" | "Major" | "Minor" | "Info")[];
                        /** @description Alarms whose name contains this text (any case). */
                        name_contains?: string;
                        /** @description Alarms of this nameSpace. */
                        namespace?: string;
                    };
                    name: string;
                    /** @description 1-based place in the project's order (first match wins); default: last (create) or unchanged (update). */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            auto_solve: boolean;
                            create_time: number;
                            enabled: boolean;
                            group_key: string;
                            id: string;
                            incident: {
                                assignee: string | null;
                                assignee_role: string | null;
                                assignee_scene: string | null;
                                current_cloud_service: string | null;
                                description_template: string;
                                incident_type: string;
                                is_service_interrupt: boolean;
                                level_mapping: {
                                    [key: string]: string;
                                };
                                title_template: string;
                            };
                            match: {
                                application_id: string | null;
                                integration_ids: string[];
                                labels: {
                                    [key: string]: string;
                                };
                                levels: string[];
                                name_contains: string | null;
                                namespace: string | null;
                            };
                            name: string;
                            position: number;
                            update_time: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    DeleteTransferRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            users: {
                                display_name: string;
                                email: string | null;
                                id: string;
                                /** @description The role the user signs in with; null: the user has no password (cannot sign in). */
                                role?: ("admin" | "writer" | "reader") | (never | null);
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    AddUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    display_name: string;
                    /** Format: email */
                    email?: string | null;
                    /** @description User id as used in creator/operator/assignee fields. */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            display_name: string;
                            email: string | null;
                            id: string;
                            /** @description The role the user signs in with; null: the user has no password (cannot sign in). */
                            role?: ("admin" | "writer" | "reader") | (never | null);
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListNotificationMethods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            methods: {
                                disabled_reason: string | null;
                                /** @description false: incidentd disabled it (see disabled_reason); PUT it again. */
                                enabled: boolean;
                                failing_since: number | null;
                                has_signing_secret: boolean;
                                /** @description Names the method's delivery ledger. */
                                id: string;
                                /** @description email, feishu, dingtalk, wecom or slack. */
                                kind: string;
                                language: string;
                                /** @description The e-mail address or the bot's URL. */
                                target: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    SetNotificationMethods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    chat?: {
                        kind: "feishu" | "dingtalk" | "wecom" | "slack";
                        /** @description The language of the messages (default en). */
                        language?: "zh" | "en";
                        /** @description Feishu or DingTalk signing secret; never shown. */
                        signing_secret?: string;
                        /** @description The bot's incoming-webhook URL (docs/notifications.md). */
                        url: string;
                    } | null;
                    email?: {
                        /** @description Default: the user's e-mail address in the directory. */
                        address?: string;
                        /** @description The language of the messages (default en). */
                        language?: "zh" | "en";
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            methods: {
                                disabled_reason: string | null;
                                /** @description false: incidentd disabled it (see disabled_reason); PUT it again. */
                                enabled: boolean;
                                failing_since: number | null;
                                has_signing_secret: boolean;
                                /** @description Names the method's delivery ledger. */
                                id: string;
                                /** @description email, feishu, dingtalk, wecom or slack. */
                                kind: string;
                                language: string;
                                /** @description The e-mail address or the bot's URL. */
                                target: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListNotificationDeliveries: {
        parameters: {
            query?: {
                event?: "incident.created" | "incident.updated" | "incident.assigned" | "incident.level_changed" | "incident.resolved" | "incident.closed" | "warroom.started" | "warroom.updated" | "warroom.closed" | "alarm.linked" | "alarm.recovered" | "alarm.created" | "alarm.cleared" | "alarm.auto_process_requested";
                /** @description Default 20. */
                limit?: number;
                offset?: number;
                /** @description Created at or after, epoch ms. */
                since?: number;
                status?: "pending" | "delivered" | "failed";
                /** @description Created before, epoch ms. */
                until?: number;
            };
            header?: never;
            path: {
                method_id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deliveries: {
                                /** @description Every attempt, oldest first. */
                                attempt_log: {
                                    attempted_at: number;
                                    error: string | null;
                                    latency_ms: number;
                                    response_excerpt: string | null;
                                    status_code: number | null;
                                    url: string;
                                }[];
                                /** @description Attempts since it was (re)queued. */
                                attempts: number;
                                created_at: number;
                                event_type: string;
                                /** @description The webhook-id header. */
                                id: string;
                                incident_num: string | null;
                                last_attempt_at: number | null;
                                last_error: string | null;
                                last_status_code: number | null;
                                next_attempt_at: number | null;
                                /** @description pending, delivered or failed. */
                                status: string;
                            }[];
                            /** @description Deliveries matching the filters, on every page. */
                            total: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    RedeliverNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: string;
                method_id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListNotificationRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            rules: {
                                application_id: string | null;
                                audience: string;
                                events: string[];
                                user_id: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    SetNotificationRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Every rule of the user (replaces them). */
                    rules: {
                        application_id?: string;
                        /** @description assignee: incidents assigned to the user; warroom_member: incidents whose WarRoom the user is in; application: incidents of application_id. */
                        audience: "assignee" | "warroom_member" | "application";
                        /** @description The event types that reach the user this way (docs/notifications.md). */
                        events: ("incident.created" | "incident.updated" | "incident.assigned" | "incident.level_changed" | "incident.resolved" | "incident.closed" | "warroom.started" | "warroom.updated" | "warroom.closed" | "alarm.linked" | "alarm.recovered" | "alarm.auto_process_requested")[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            rules: {
                                application_id: string | null;
                                audience: string;
                                events: string[];
                                user_id: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    SetUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The new password (never stored: a scrypt hash is). The user's sessions end. */
                    password: string;
                    /** @description admin: everything in the project; writer: incident operations; reader: queries only. */
                    role?: "admin" | "writer" | "reader";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description admin: everything in the project; writer: incident operations; reader: queries only. */
                            role: "admin" | "writer" | "reader";
                            user_id: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    SetUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description admin: everything in the project; writer: incident operations; reader: queries only. */
                    role: "admin" | "writer" | "reader";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description admin: everything in the project; writer: incident operations; reader: queries only. */
                            role: "admin" | "writer" | "reader";
                            user_id: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CloseWarRoom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WarRoom number, e.g. WR202403181334366050100030. */
                war_room_num: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** WarRoomTenantInfo */
                        data: {
                            admin: string;
                            /** @description Always "". */
                            change_num: string;
                            circular_level: string;
                            /** @description incidentd extension. */
                            close_time: number | null;
                            create_time: number;
                            description: string;
                            enterprise_project_id: string;
                            /** @description Always "". */
                            fault_cause: string;
                            /** @description Always "". */
                            fault_impact: string;
                            first_report_time: number | null;
                            /** @description Same as war_room_num. */
                            id: string;
                            impacted_application: {
                                id: string;
                                name: string;
                            }[];
                            incident: {
                                /** @description Always "". */
                                alarm_id: string;
                                /** @description The incident's current level. */
                                failure_level: string;
                                /** @description Incident number. */
                                id: string;
                                /** @description Incident number. */
                                incident_id: string;
                                /** @description Path of the incident's ShowCocIncidentDetail. */
                                incident_url: string;
                                /** @description Always false. */
                                is_change_event: boolean;
                                /** @description Always null (COC's ints are undocumented). */
                                source_id: number | null;
                            };
                            occur_time: number | null;
                            /** @description Minutes. */
                            processing_duration: number;
                            /** @description Always [] (incidentd has no such role). */
                            recover_leader: string[];
                            /** @description The participants. */
                            recover_member: string[];
                            recover_time: number | null;
                            recovery_notification_time: number | null;
                            regions: {
                                code: string;
                                name: string;
                            }[];
                            /** @description Minutes. */
                            restoration_duration: number;
                            /** @description The incident's source key. */
                            source: string;
                            title: string;
                            war_room_num: string;
                            war_room_status: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                                type: string;
                            };
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ChangeWarRoomStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description WarRoom number, e.g. WR202403181334366050100030. */
                war_room_num: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status: "3" | "7";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** WarRoomTenantInfo */
                        data: {
                            admin: string;
                            /** @description Always "". */
                            change_num: string;
                            circular_level: string;
                            /** @description incidentd extension. */
                            close_time: number | null;
                            create_time: number;
                            description: string;
                            enterprise_project_id: string;
                            /** @description Always "". */
                            fault_cause: string;
                            /** @description Always "". */
                            fault_impact: string;
                            first_report_time: number | null;
                            /** @description Same as war_room_num. */
                            id: string;
                            impacted_application: {
                                id: string;
                                name: string;
                            }[];
                            incident: {
                                /** @description Always "". */
                                alarm_id: string;
                                /** @description The incident's current level. */
                                failure_level: string;
                                /** @description Incident number. */
                                id: string;
                                /** @description Incident number. */
                                incident_id: string;
                                /** @description Path of the incident's ShowCocIncidentDetail. */
                                incident_url: string;
                                /** @description Always false. */
                                is_change_event: boolean;
                                /** @description Always null (COC's ints are undocumented). */
                                source_id: number | null;
                            };
                            occur_time: number | null;
                            /** @description Minutes. */
                            processing_duration: number;
                            /** @description Always [] (incidentd has no such role). */
                            recover_leader: string[];
                            /** @description The participants. */
                            recover_member: string[];
                            recover_time: number | null;
                            recovery_notification_time: number | null;
                            regions: {
                                code: string;
                                name: string;
                            }[];
                            /** @description Minutes. */
                            restoration_duration: number;
                            /** @description The incident's source key. */
                            source: string;
                            title: string;
                            war_room_num: string;
                            war_room_status: {
                                id: string;
                                name_en: string;
                                name_zh: string;
                                type: string;
                            };
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            webhooks: {
                                created_at: number;
                                description: string;
                                disabled_reason: string | null;
                                enabled: boolean;
                                /** @description Empty: every event type. */
                                events: string[];
                                failing_since: number | null;
                                filters: {
                                    applications: string[];
                                    levels: string[];
                                };
                                has_signing_secret: boolean;
                                id: string;
                                kind: string;
                                language: string;
                                previous_secret_until: number | null;
                                updated_at: number;
                                url: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description The event types to deliver (docs/notifications.md); absent or empty = every type. */
                    events?: ("incident.created" | "incident.updated" | "incident.assigned" | "incident.level_changed" | "incident.resolved" | "incident.closed" | "warroom.started" | "warroom.updated" | "warroom.closed" | "alarm.linked" | "alarm.recovered" | "alarm.created" | "alarm.cleared" | "alarm.auto_process_requested")[];
                    filters?: {
                        /** @description Only incidents of these applications (current_cloud_service); absent or empty = all. */
                        applications?: string[];
                        /** @description Only incidents of these levels (level_10 … level_50); absent or empty = every level. */
                        levels?: string[];
                    };
                    /** @description standard (default): Standard Webhooks JSON, signed; feishu, dingtalk, wecom, slack: the chat bot's own message format (docs/notifications.md). */
                    kind?: "standard" | "feishu" | "dingtalk" | "wecom" | "slack" | "email";
                    /** @description The language of chat messages (default en). */
                    language?: "zh" | "en";
                    /** @description A Feishu or DingTalk bot's signing secret ("加签"); stored encrypted, never shown. */
                    signing_secret?: string;
                    /** @description http or https; where deliveries are POSTed. */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            created_at: number;
                            description: string;
                            disabled_reason: string | null;
                            enabled: boolean;
                            /** @description Empty: every event type. */
                            events: string[];
                            failing_since: number | null;
                            filters: {
                                applications: string[];
                                levels: string[];
                            };
                            has_signing_secret: boolean;
                            id: string;
                            kind: string;
                            language: string;
                            previous_secret_until: number | null;
                            updated_at: number;
                            url: string;
                        } & {
                            /** @description whsec_ and base64: shown only in this response (signs kind standard's deliveries). */
                            secret: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            created_at: number;
                            description: string;
                            disabled_reason: string | null;
                            enabled: boolean;
                            /** @description Empty: every event type. */
                            events: string[];
                            failing_since: number | null;
                            filters: {
                                applications: string[];
                                levels: string[];
                            };
                            has_signing_secret: boolean;
                            id: string;
                            kind: string;
                            language: string;
                            previous_secret_until: number | null;
                            updated_at: number;
                            url: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    DeleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    UpdateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    /** @description false stops deliveries; pending ones fail. */
                    enabled?: boolean;
                    /** @description The event types to deliver (docs/notifications.md); absent or empty = every type. */
                    events?: ("incident.created" | "incident.updated" | "incident.assigned" | "incident.level_changed" | "incident.resolved" | "incident.closed" | "warroom.started" | "warroom.updated" | "warroom.closed" | "alarm.linked" | "alarm.recovered" | "alarm.created" | "alarm.cleared" | "alarm.auto_process_requested")[];
                    filters?: {
                        /** @description Only incidents of these applications (current_cloud_service); absent or empty = all. */
                        applications?: string[];
                        /** @description Only incidents of these levels (level_10 … level_50); absent or empty = every level. */
                        levels?: string[];
                    };
                    /** @description The language of chat messages (default en). */
                    language?: "zh" | "en";
                    /** @description A Feishu or DingTalk bot's signing secret ("加签"); stored encrypted, never shown. */
                    signing_secret?: string | null;
                    /** @description http or https; where deliveries are POSTed. */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            created_at: number;
                            description: string;
                            disabled_reason: string | null;
                            enabled: boolean;
                            /** @description Empty: every event type. */
                            events: string[];
                            failing_since: number | null;
                            filters: {
                                applications: string[];
                                levels: string[];
                            };
                            has_signing_secret: boolean;
                            id: string;
                            kind: string;
                            language: string;
                            previous_secret_until: number | null;
                            updated_at: number;
                            url: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListWebhookDeliveries: {
        parameters: {
            query?: {
                event?: "incident.created" | "incident.updated" | "incident.assigned" | "incident.level_changed" | "incident.resolved" | "incident.closed" | "warroom.started" | "warroom.updated" | "warroom.closed" | "alarm.linked" | "alarm.recovered" | "alarm.created" | "alarm.cleared" | "alarm.auto_process_requested";
                /** @description Default 20. */
                limit?: number;
                offset?: number;
                /** @description Created at or after, epoch ms. */
                since?: number;
                status?: "pending" | "delivered" | "failed";
                /** @description Created before, epoch ms. */
                until?: number;
            };
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deliveries: {
                                /** @description Every attempt, oldest first. */
                                attempt_log: {
                                    attempted_at: number;
                                    error: string | null;
                                    latency_ms: number;
                                    response_excerpt: string | null;
                                    status_code: number | null;
                                    url: string;
                                }[];
                                /** @description Attempts since it was (re)queued. */
                                attempts: number;
                                created_at: number;
                                event_type: string;
                                /** @description The webhook-id header. */
                                id: string;
                                incident_num: string | null;
                                last_attempt_at: number | null;
                                last_error: string | null;
                                last_status_code: number | null;
                                next_attempt_at: number | null;
                                /** @description pending, delivered or failed. */
                                status: string;
                            }[];
                            /** @description Deliveries matching the filters, on every page. */
                            total: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    RedeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: string;
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    RedeliverFailedWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Epoch ms: failed deliveries created at or after. */
                    since: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            queued: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    RotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description How long the old secret still signs beside the new one (default 24; 0 = not at all). */
                    overlap_hours?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            created_at: number;
                            description: string;
                            disabled_reason: string | null;
                            enabled: boolean;
                            /** @description Empty: every event type. */
                            events: string[];
                            failing_since: number | null;
                            filters: {
                                applications: string[];
                                levels: string[];
                            };
                            has_signing_secret: boolean;
                            id: string;
                            kind: string;
                            language: string;
                            previous_secret_until: number | null;
                            updated_at: number;
                            url: string;
                        } & {
                            /** @description whsec_ and base64: shown only in this response (signs kind standard's deliveries). */
                            secret: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Prometheus text exposition format 0.0.4. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    Readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
        };
    };
    CreateAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Always `incident` (COC uses that value for every ticket kind's attachments). */
                ticket_type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description .jpg, .png, .docx, .txt or .pdf, at most 10 MB; the content must match the extension.
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description "GOM.00000000" on success (the key of COC's SDK model). */
                        code: string;
                        data: {
                            /** @description The attachment's id (UUID), for resolve_attachments / attachments. */
                            doc_id: string;
                            /** @description The stored (sanitised) file name. */
                            doc_name: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Empty on success (the key of COC's SDK model). */
                        msg: string;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    DownloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The doc_id the upload returned. */
                doc_id: string;
                /** @description Always `incident` (COC uses that value for every ticket kind's attachments). */
                ticket_type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description The file as application/octet-stream, a Content-Disposition naming it and its stored type in X-Attachment-Content-Type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
        };
    };
    ListTicketOperationHistories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description incident */
                ticket_type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sort_filter?: {
                        field: string;
                        name?: string;
                        operator: string;
                        values: unknown[];
                    };
                    /** @description Must select the ticket: {field: ticket_id, operator: =}. */
                    string_filters: {
                        field: string;
                        name?: string;
                        operator: string;
                        values: unknown[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            info: {
                                action: string;
                                action_id: string;
                                action_name_en: string;
                                action_name_zh: string;
                                action_template_en: string;
                                action_template_zh: string;
                                comment: string;
                                enum_data_list: {
                                    biz_id: string;
                                    is_deleted: boolean;
                                    match_type: string;
                                    model_id: string;
                                    name_en: string;
                                    name_zh: string;
                                    prop_id: string;
                                    real_ticket_id: string;
                                    ticket_id: string;
                                    user_name: string;
                                }[];
                                final_sub_action: string;
                                id: string;
                                /** @description COC's spelling. */
                                is_deteted: boolean;
                                operator: string;
                                start_time: number;
                                status: string;
                                stop_time: number;
                                sub_action: string;
                                target_type: string;
                                target_value: string;
                                ticket_id: string;
                                update_time: number;
                            }[];
                            total: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowAlarm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The alarm id the source reported (alarmId / fingerprint). */
                alarm_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description incidentd: custom additional, or the Alertmanager labels and annotations. */
                            additional: {
                                [key: string]: unknown;
                            } | null;
                            /** @description incidentd: the reported level (Critical, Major, Minor, Info). */
                            alarm_level: string;
                            /** @description Application id. */
                            app: string;
                            /** @description Incident linked to the current episode, or empty. */
                            associate_event_id: string;
                            /** @description The latest HandlerAlarm's, or empty. */
                            associated_task_id: string;
                            /** @description The latest HandlerAlarm's, or empty. */
                            associated_task_name: string;
                            /** @description The latest HandlerAlarm's, or empty. */
                            associated_task_type: string;
                            /** @description The reported alarmSource (prometheus for Alertmanager). */
                            come_from: string;
                            come_from_en: string;
                            /** @description Reports of the current firing episode. */
                            converge_count: number;
                            create_time: number;
                            /** @description Id of the integration that reported it. */
                            creator: string;
                            /** @description That integration's name (its id once deleted). */
                            creator_name: string;
                            /** @description incidentd: alarmDesc / the Alertmanager description. */
                            description: string;
                            /** @description The project id. */
                            domain_id: string;
                            /** @description incidentd: 1, +1 each time it fires again after recovering. */
                            episode: number;
                            /** @description incidentd: sender's time the current episode began. */
                            first_occur_time: number;
                            /** @description incidentd, ShowAlarm only: the latest HandlerAlarm work order's status (PROCESSING while being handled, then FINISHED, ABNORMAL or CANCELED), or empty when never handled. */
                            handle_status?: string;
                            /** @description incidentd, ShowAlarm only: that work order's id, or empty. */
                            handle_work_order_id?: string;
                            id: string;
                            /** @description urgent, major, minor or warn (Critical, Major, Minor, Info). */
                            importance: string;
                            /** @description incidentd: when the latest firing report arrived. */
                            last_occur_time: number;
                            name: string;
                            /** @description incidentd */
                            name_space: string;
                            /** @description Who asked for the latest HandlerAlarm (its principal), or empty. */
                            owner: string;
                            /** @description Always empty. */
                            owner_alias: string;
                            /** @description The same principal, or empty. */
                            owner_name: string;
                            recovery_time: number | null;
                            region: string;
                            remarks: string;
                            /** @description incidentd */
                            resource_id: string;
                            /** @description incidentd */
                            resource_name: string;
                            /** @description alarming or resolved. */
                            status: string;
                            /** @description The latest HandlerAlarm's SCRIPT or RUNBOOK, or empty. */
                            task_type: string;
                            transfer_rule: string;
                            transfer_rule_name: string;
                            update_time: number;
                            /** @description incidentd */
                            url: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    HandlerAlarm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The alarm id the source reported (alarmId / fingerprint). */
                alarm_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    associated_task_enterprise_project_id?: string | null;
                    /** @description The script's or runbook's id. */
                    associated_task_id: string;
                    associated_task_name: string;
                    /** @description CUSTOMIZATION (own) or COMMUNAL (public). */
                    associated_task_type: "CUSTOMIZATION" | "COMMUNAL";
                    /** @description Parameters by name, values as strings (COC: JSON strings). Absent = none. */
                    input_param?: {
                        [key: string]: string;
                    };
                    region_id?: string | null;
                    runbook_instance_mode?: string | null;
                    sub_task_info?: {
                        sub_associated_task_id?: string;
                        sub_associated_task_name?: string;
                        sub_associated_task_type?: string;
                        sub_task_type?: string;
                    };
                    target_instances?: {
                        batch_strategy?: "AUTO_BATCH" | "MANUAL_BATCH" | "NONE";
                        order_no: number;
                        sub_target_instances?: {
                            batch_strategy?: "AUTO_BATCH" | "MANUAL_BATCH" | "NONE";
                            order_no: number;
                            /** @description The instances (as COC's console encodes them), stored as sent. */
                            target_instances?: string | null;
                            target_selection: "ALL" | "MANUAL" | "NONE";
                        }[];
                        /** @description The instances (as COC's console encodes them), stored as sent. */
                        target_instances?: string | null;
                        target_selection: "ALL" | "MANUAL" | "NONE";
                    }[];
                    /** @description SCRIPT or RUNBOOK. */
                    task_type: "SCRIPT" | "RUNBOOK";
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The work order id. */
                        data: string;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListAlarmHandleHistories: {
        parameters: {
            query: {
                /** @description Rows to answer, 1–100 (REQ in COC). */
                limit: number;
                /** @description Rows to skip (REQ in COC). */
                offset: number;
            };
            header?: never;
            path: {
                /** @description The alarm id the source reported (alarmId / fingerprint). */
                alarm_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alarm_handle_histories: {
                            associated_task_id: string;
                            associated_task_name: string;
                            /** @description incidentd */
                            associated_task_type: string;
                            create_alias: string;
                            /** @description Who asked (the credential's principal). */
                            create_name: string;
                            duration: number | null;
                            end_time: number | null;
                            /** @description incidentd: the executor's report. */
                            message: string | null;
                            /** @description incidentd */
                            reported_by: string | null;
                            start_time: number;
                            /** @description PROCESSING, then FINISHED, ABNORMAL or CANCELED as reported. */
                            status: string;
                            sub_task_info: {
                                sub_associated_task_id?: string;
                                sub_associated_task_name?: string;
                                sub_associated_task_type?: string;
                                sub_task_type?: string;
                            } | null;
                            task_type: string;
                            work_order_id: string;
                        }[];
                        count: number;
                        resolved_record: {
                            create_name: string;
                            remarks: string;
                            resolved_time: number;
                        } | null;
                    };
                };
            };
        };
    };
    TransferAlarmToIncident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Alarm ids joined with commas (at most 100). */
                    alarm_ids: string;
                    /** @description Owner user id. */
                    assignee?: string | null;
                    /** @description On-call role id (with assignee_scene). */
                    assignee_role?: string | null;
                    /** @description On-call scene id (with assignee_role). */
                    assignee_scene?: string | null;
                    /** @description doc_id(s) of the project's attachments, comma-separated; recorded in the incident's creation history. */
                    attachment?: string | null;
                    /** @description Owning application id. */
                    current_cloud_service_id: string;
                    /** @description Incident description. */
                    description: string;
                    enterprise_project_id?: string | null;
                    is_change_event?: boolean | "true" | "false";
                    is_service_interrupt: boolean | "true" | "false";
                    /** @description Incident level key, level_10 … level_50. */
                    level_id: string;
                    /** @description Region code. */
                    mtm_region?: string | null;
                    /** @description Incident type key. */
                    mtm_type: string;
                    /** @description The incident's source: incident_source_alarm (default), incident_source_forwarding or incident_source_manual. */
                    source_id?: string | null;
                    /** @description Incident title. */
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: string[];
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ClearAlarm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Alarm ids joined with commas (at most 100). */
                    alarm_ids: string;
                    fault_recovery_time?: number | string | (never | null);
                    is_service_interrupt?: boolean | "true" | "false";
                    /** @description Why the alarms were cleared. */
                    remarks?: string | null;
                    start_time?: number | string | (never | null);
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: string[];
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateReportCustomEventBearer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Extra information, kept as sent. */
                    additional?: {
                        [key: string]: unknown;
                    };
                    /** @description Alarm description. */
                    alarmDesc: string;
                    /** @description Unique alarm id (letters and digits); repeats of one id are one alarm. */
                    alarmId: string;
                    /**
                     * @description Critical, Major, Minor or Info.
                     * @enum {string}
                     */
                    alarmLevel: "Critical" | "Major" | "Minor" | "Info";
                    /** @description Alarm name. */
                    alarmName: string;
                    /** @description Alarm source, e.g. coc. */
                    alarmSource: string;
                    /**
                     * @description alarm (firing, the default) or ok (recovered).
                     * @enum {string}
                     */
                    alarmStatus?: "alarm" | "ok" | "";
                    /** @description COC application id. */
                    applicationId?: string;
                    /** @description Namespace. */
                    nameSpace: string;
                    /** @description Region code. */
                    regionId?: string;
                    /** @description Resource id. */
                    resourceId?: string;
                    /** @description Resource name. */
                    resourceName?: string;
                    /** @description Alarm time (recovery time when alarmStatus is ok), epoch milliseconds. */
                    time: number | string;
                    /** @description Link to the original alarm (the key is upper-case). */
                    URL?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @enum {string} */
                        error_code: "COC.00000000";
                        /** @enum {string} */
                        error_msg: "success";
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateReportCustomEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The integration's key (32 letters and digits); a bad, disabled or other-kind key is 401. */
                integration_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Extra information, kept as sent. */
                    additional?: {
                        [key: string]: unknown;
                    };
                    /** @description Alarm description. */
                    alarmDesc: string;
                    /** @description Unique alarm id (letters and digits); repeats of one id are one alarm. */
                    alarmId: string;
                    /**
                     * @description Critical, Major, Minor or Info.
                     * @enum {string}
                     */
                    alarmLevel: "Critical" | "Major" | "Minor" | "Info";
                    /** @description Alarm name. */
                    alarmName: string;
                    /** @description Alarm source, e.g. coc. */
                    alarmSource: string;
                    /**
                     * @description alarm (firing, the default) or ok (recovered).
                     * @enum {string}
                     */
                    alarmStatus?: "alarm" | "ok" | "";
                    /** @description COC application id. */
                    applicationId?: string;
                    /** @description Namespace. */
                    nameSpace: string;
                    /** @description Region code. */
                    regionId?: string;
                    /** @description Resource id. */
                    resourceId?: string;
                    /** @description Resource name. */
                    resourceName?: string;
                    /** @description Alarm time (recovery time when alarmStatus is ok), epoch milliseconds. */
                    time: number | string;
                    /** @description Link to the original alarm (the key is upper-case). */
                    URL?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @enum {string} */
                        error_code: "COC.00000000";
                        /** @enum {string} */
                        error_msg: "success";
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateReportPrometheusEventBearer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    alerts: {
                        /** @description The alert's annotations; all are kept. */
                        annotations?: {
                            [key: string]: string;
                        };
                        /**
                         * Format: date-time
                         * @description RFC 3339; the recovery time.
                         */
                        endsAt?: string;
                        /** @description Alertmanager's id of the alert; becomes the alarm id. */
                        fingerprint?: string;
                        generatorURL?: string;
                        /** @description The alert's labels; all are kept. */
                        labels: {
                            [key: string]: string;
                        };
                        /**
                         * Format: date-time
                         * @description RFC 3339.
                         */
                        startsAt: string;
                        /** @enum {string} */
                        status: "firing" | "resolved";
                    }[];
                    /** @description Annotations all alerts share. */
                    commonAnnotations?: {
                        [key: string]: string;
                    };
                    /** @description Labels all alerts share. */
                    commonLabels?: {
                        [key: string]: string;
                    };
                    externalURL?: string;
                    groupKey?: string;
                    /** @description Labels the group was formed by. */
                    groupLabels?: {
                        [key: string]: string;
                    };
                    receiver?: string;
                    /** @enum {string} */
                    status?: "firing" | "resolved";
                    truncatedAlerts?: number;
                    version?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @enum {string} */
                        error_code: "COC.00000000";
                        /** @enum {string} */
                        error_msg: "success";
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateReportPrometheusEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The integration's key (32 letters and digits); a bad, disabled or other-kind key is 401. */
                integration_key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    alerts: {
                        /** @description The alert's annotations; all are kept. */
                        annotations?: {
                            [key: string]: string;
                        };
                        /**
                         * Format: date-time
                         * @description RFC 3339; the recovery time.
                         */
                        endsAt?: string;
                        /** @description Alertmanager's id of the alert; becomes the alarm id. */
                        fingerprint?: string;
                        generatorURL?: string;
                        /** @description The alert's labels; all are kept. */
                        labels: {
                            [key: string]: string;
                        };
                        /**
                         * Format: date-time
                         * @description RFC 3339.
                         */
                        startsAt: string;
                        /** @enum {string} */
                        status: "firing" | "resolved";
                    }[];
                    /** @description Annotations all alerts share. */
                    commonAnnotations?: {
                        [key: string]: string;
                    };
                    /** @description Labels all alerts share. */
                    commonLabels?: {
                        [key: string]: string;
                    };
                    externalURL?: string;
                    groupKey?: string;
                    /** @description Labels the group was formed by. */
                    groupLabels?: {
                        [key: string]: string;
                    };
                    receiver?: string;
                    /** @enum {string} */
                    status?: "firing" | "resolved";
                    truncatedAlerts?: number;
                    version?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @enum {string} */
                        error_code: "COC.00000000";
                        /** @enum {string} */
                        error_msg: "success";
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListCocTicketOperationHistories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description incident */
                ticket_type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sort_filter?: {
                        field: string;
                        name?: string;
                        operator: string;
                        values: unknown[];
                    };
                    /** @description Must select the ticket: {field: ticket_id, operator: =}. */
                    string_filters: {
                        field: string;
                        name?: string;
                        operator: string;
                        values: unknown[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            info: {
                                action: string;
                                action_id: string;
                                action_name_en: string;
                                action_name_zh: string;
                                action_template_en: string;
                                action_template_zh: string;
                                comment: string;
                                enum_data_list: {
                                    biz_id: string;
                                    is_deleted: boolean;
                                    match_type: string;
                                    model_id: string;
                                    name_en: string;
                                    name_zh: string;
                                    prop_id: string;
                                    real_ticket_id: string;
                                    ticket_id: string;
                                    user_name: string;
                                }[];
                                final_sub_action: string;
                                id: string;
                                /** @description COC's spelling. */
                                is_deteted: boolean;
                                operator: string;
                                start_time: number;
                                status: string;
                                stop_time: number;
                                sub_action: string;
                                target_type: string;
                                target_value: string;
                                ticket_id: string;
                                update_time: number;
                            }[];
                            total: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowCocIncidentDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Incident number, e.g. IM202403181322030178042608. */
                incident_num: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            assignee_role: string;
                            assignee_scene: string;
                            create_time: number;
                            creator: string;
                            current_cloud_service: string[];
                            enterprise_project: string[];
                            enum_data_list: {
                                enum_key: string;
                                /** @description Field key (COC's spelling), v2 field name. */
                                filed_key: string;
                                name_en: string;
                                name_zh: string;
                            }[];
                            fault_delineation_time: number | null;
                            fault_recovery_time: number | null;
                            handle_time: number | null;
                            incident_assignee: string[];
                            incident_description: string;
                            incident_level: string;
                            incident_num: string;
                            incident_ownership: string;
                            incident_source: string;
                            incident_title: string;
                            incident_type: string;
                            is_service_interrupt: boolean;
                            region: string[];
                            start_time: number | null;
                            status: string;
                            warroom_id: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateExternalCocAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description .jpg, .png, .docx, .txt or .pdf, at most 10 MB; the content must match the extension.
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description "GOM.00000000" on success (the key of COC's SDK model). */
                        code: string;
                        data: {
                            /** @description The attachment's id (UUID), for resolve_attachments / attachments. */
                            doc_id: string;
                            /** @description The stored (sanitised) file name. */
                            doc_name: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Empty on success (the key of COC's SDK model). */
                        msg: string;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateCocIncident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description On-call role id. */
                    assignee_role?: string | null;
                    /** @description On-call scene id. */
                    assignee_scene?: string | null;
                    /** @description Creator user id. */
                    creator: string;
                    /** @description Owning application id. */
                    current_cloud_service?: string[] | null;
                    /** @description Enterprise project id ("0" = default). */
                    enterprise_project?: string[] | null;
                    /** @description Owner user id (one). */
                    incident_assignee?: string[] | null;
                    incident_description?: string | null;
                    /** @description Level key, level_10 (P1) … level_50 (P5). */
                    incident_level: string;
                    incident_ownership?: string | null;
                    /** @description incident_source_manual, incident_source_forwarding or incident_source_alarm. */
                    incident_source: string;
                    incident_title: string;
                    /** @description Incident type key (built-in or project-defined). */
                    incident_type: string;
                    is_service_interrupt: boolean | "true" | "false";
                    /** @description Region code; only one value is supported. */
                    region?: string[] | null;
                    start_time?: number | string | (never | null);
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            incident_num: string;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    HandleCocIncident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 1-50 characters, else 400 "incidentNum size must be between 1 and 50". */
                    incident_num: string;
                    /** @description acceptedIncident1, forwardOther1, commitSolution1, confirm, incidentPause, agreed, rejected, incidentChangeLevel1, ReOpen; any other is 400 "The field[operate_key] value[<key>] invalid". */
                    operate_key: string;
                    /** @description User id acting (admin/writer credentials act on behalf of users). In projects with strict roles, actions reserved to a person are recorded for the credential's principal unless the credential was created with act_as_others. */
                    operator: string;
                    /** @description Action parameters (see GET /v1/workflow); values may be strings. */
                    parameter?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    CreateWarRoom: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Affected application ids (at least one). */
                    application_id_list: string[];
                    /** @description Names of application_id_list, position by position. */
                    application_names?: string[] | null;
                    description?: string | null;
                    /** @description Enterprise project id ("0" = default). */
                    enterprise_project_id: string;
                    /** @description The incident the WarRoom is for (IM…). */
                    incident_number: string;
                    /** @description Notification modes "1" … "5" (meanings undocumented by COC). */
                    notification_modes?: string[] | null;
                    /** @description Group channel: WECHAT, DING_TALK, LARK or NULL_GROUP ("" = none). */
                    notification_type?: string | null;
                    /** @description Participant user ids. */
                    participant?: string[] | null;
                    /** @description Affected region codes. */
                    region_code_list?: string[] | null;
                    /** @description Names of region_code_list, position by position. */
                    region_names?: string[] | null;
                    /** @description On-call groups pulled into the WarRoom. */
                    schedule_group: {
                        /** @description On-call role id. */
                        role_id: string;
                        /** @description On-call scene id. */
                        scene_id: string;
                    }[];
                    /** @description Admin user id. */
                    war_room_admin: string;
                    /** @description WarRoom title. */
                    war_room_name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The WarRoom number. */
                        data: string;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListWarRooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The admin is one of these users. */
                    admin?: string[] | null;
                    /** @description WarRooms whose admin or a participant is one of these users. */
                    current_users?: string[] | null;
                    /** @description Any of these enterprise project ids. */
                    enterprise_project_ids?: string[] | null;
                    /** @description Any of these application ids. */
                    impacted_application_ids?: string[] | null;
                    /** @description The incident's current level is one of these. */
                    incident_levels?: string[] | null;
                    /** @description Exact incident number. */
                    incident_num?: string | null;
                    /** @description Page size (default 10; 0 = no items). */
                    limit?: number;
                    /** @description circular_level is one of these level keys. */
                    notification_level?: string[] | null;
                    /** @description Fault occurred at or before. */
                    occur_end_time?: number | string | (never | null);
                    /** @description Fault occurred at or after (the incident's start_time). */
                    occur_start_time?: number | string | (never | null);
                    /** @description Rows to skip (default 0). */
                    offset?: number;
                    /** @description Recovered at or before. */
                    recover_end_time?: number | string | (never | null);
                    /** @description Recovered at or after. */
                    recover_start_time?: number | string | (never | null);
                    /** @description Any of these region codes. */
                    region_code_list?: string[] | null;
                    statistic_flag?: boolean | "true" | "false";
                    /** @description Status ids: "1", "3", "7", "20". */
                    status?: string[] | null;
                    /** @description Substring of the title (case-sensitive). */
                    title?: string | null;
                    /** @description Created at or before (default: now). */
                    triggered_end_time?: number | string | (never | null);
                    /** @description Created at or after (default: now − 30 days). */
                    triggered_start_time?: number | string | (never | null);
                    /** @description Exact WarRoom number. */
                    war_room_num?: string | null;
                    /** @description These WarRooms; when non-empty every other filter is ignored. */
                    war_room_nums?: string[] | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Of those matching every filter but status: closed. */
                            closed_num: number;
                            list: {
                                admin: string;
                                /** @description Always "". */
                                change_num: string;
                                circular_level: string;
                                /** @description incidentd extension. */
                                close_time: number | null;
                                create_time: number;
                                description: string;
                                enterprise_project_id: string;
                                /** @description Always "". */
                                fault_cause: string;
                                /** @description Always "". */
                                fault_impact: string;
                                first_report_time: number | null;
                                /** @description Same as war_room_num. */
                                id: string;
                                impacted_application: {
                                    id: string;
                                    name: string;
                                }[];
                                incident: {
                                    /** @description Always "". */
                                    alarm_id: string;
                                    /** @description The incident's current level. */
                                    failure_level: string;
                                    /** @description Incident number. */
                                    id: string;
                                    /** @description Incident number. */
                                    incident_id: string;
                                    /** @description Path of the incident's ShowCocIncidentDetail. */
                                    incident_url: string;
                                    /** @description Always false. */
                                    is_change_event: boolean;
                                    /** @description Always null (COC's ints are undocumented). */
                                    source_id: number | null;
                                };
                                occur_time: number | null;
                                /** @description Minutes. */
                                processing_duration: number;
                                /** @description Always [] (incidentd has no such role). */
                                recover_leader: string[];
                                /** @description The participants. */
                                recover_member: string[];
                                recover_time: number | null;
                                recovery_notification_time: number | null;
                                regions: {
                                    code: string;
                                    name: string;
                                }[];
                                /** @description Minutes. */
                                restoration_duration: number;
                                /** @description The incident's source key. */
                                source: string;
                                title: string;
                                war_room_num: string;
                                war_room_status: {
                                    id: string;
                                    name_en: string;
                                    name_zh: string;
                                    type: string;
                                };
                            }[];
                            /** @description Of those matching every filter but status: not closed. */
                            running_num: number;
                            /** @description WarRooms matching the query. */
                            total: number;
                            /** @description Matching every filter but status (running_num + closed_num). */
                            total_num: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListIncidentSimpleTickets: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Page number, 1 = first. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            IncidentSimpleTicketInfos: {
                                assignee: string[];
                                creator: string;
                                description: string;
                                enterprise_project: string;
                                level: string;
                                source: string;
                                status: string;
                                /** @description Incident number. */
                                ticket_id: string;
                                title: string;
                            }[];
                            total: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    DescribeWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            initial_node: string;
                            nodes: {
                                actions: {
                                    /** @description The parameter naming attachments (doc_ids, comma-separated) that must exist, if any. */
                                    attachment_param: string | null;
                                    /** @description The v2 action key. */
                                    key: string;
                                    name_en: string;
                                    name_zh: string;
                                    /** @description Every node the action can lead to. */
                                    next_nodes: string[];
                                    /** @description JSON Schema of the action's params. */
                                    params: {
                                        [key: string]: unknown;
                                    };
                                    /** @description Who may take the action when the project's strict_roles is on. */
                                    strict_mode_actor: "anyone" | "assignee" | "creator" | "approver";
                                    /** @description The v1 operate_keys that take this action here. */
                                    v1_operate_keys: string[];
                                }[];
                                key: string;
                                name_en: string;
                                name_zh: string;
                                /** @description The incident status at this node. */
                                status: string;
                                /** @description COC's node type (OperateNode, ApprovalNode, … EndNode). */
                                type: string;
                            }[];
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    HandleIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Incident number. */
                incident_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One of the task's operations[].key. */
                    action: string;
                    /** @description Action parameters (see GET /v1/workflow); values may be strings. */
                    params?: {
                        [key: string]: unknown;
                    };
                    /** @description From GET /v2/incidents/{incident_id}/tasks. */
                    task_id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListIncidentsHistories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Incident number. */
                incident_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. (a & b) | c over filter names; empty = all AND-ed */
                    condition?: string;
                    /** @description Named counts under the main filters plus each count's own filters: data.count_filters. */
                    count_filters?: {
                        filters: {
                            field: string;
                            /** @description Not supported: a non-empty value is a 400. */
                            group?: string;
                            /** @description Not supported: a non-empty value is a 400. */
                            match_type?: string;
                            /** @description Name used by condition. */
                            name?: string;
                            /** @description in, like, startwith, endwith, =, !=, >, <, >=, <= */
                            operator: string;
                            /** @description Not supported: a non-empty value is a 400. */
                            priority_type?: string;
                            /** @description One value, or several for in. */
                            values: unknown[];
                        }[];
                        name: string;
                    }[];
                    fields?: string[];
                    /** @description Counts per value of field under the main filters: data.group_by. An object, or (as the Terraform provider sends it) an array of at most one. */
                    group_by_filter?: {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        name?: string;
                        operator?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        values?: unknown[];
                    } | {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        name?: string;
                        operator?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        values?: unknown[];
                    }[];
                    int_filters?: {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        /** @description Name used by condition. */
                        name?: string;
                        /** @description in, like, startwith, endwith, =, !=, >, <, >=, <= */
                        operator: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        /** @description One value, or several for in. */
                        values: unknown[];
                    }[];
                    sort_filter?: {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        name?: string;
                        operator: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        values?: unknown[];
                    };
                    string_filters?: {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        /** @description Name used by condition. */
                        name?: string;
                        /** @description in, like, startwith, endwith, =, !=, >, <, >=, <= */
                        operator: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        /** @description One value, or several for in. */
                        values: unknown[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            count_filters?: {
                                count: number;
                                name: string;
                            }[];
                            group_by?: {
                                count: number;
                                value: string;
                            }[];
                            info: {
                                action?: string;
                                action_name_en?: string;
                                action_name_zh?: string;
                                comment?: string;
                                enum_data_list?: {
                                    biz_id: string;
                                    name_en: string;
                                    name_zh: string;
                                    prop_id: string;
                                }[];
                                operator?: string;
                                start_time?: string;
                                status?: string;
                                stop_time?: string;
                            }[];
                            total: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ShowIncidentTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Incident number. */
                incident_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Node key. */
                            key: string;
                            /** @description Node name (COC's Chinese node names). */
                            name: string;
                            operations: {
                                /** @description Action key. */
                                key: string;
                                task_id: string;
                            }[];
                            state: string;
                            /** @description Node type: OperateNode, ApprovalNode, PauseNode, MutilateInstanceNode. */
                            type: string;
                        }[];
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
    ListIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. (a & b) | c over filter names; empty = all AND-ed */
                    condition?: string;
                    /** @description true: every matching incident in one answer (page 1, per_page ignored); more than INCIDENTD_LIST_ALL_MAX (default 1000) matches is a 400 naming contain_all. */
                    contain_all?: boolean;
                    /** @description incidentd has no sub-tickets: true and false give the same answer. */
                    contain_sub_ticket?: boolean;
                    /** @default true */
                    contain_total?: boolean;
                    /** @description Named counts under the main filters plus each count's own filters: data.count_filters. */
                    count_filters?: {
                        filters: {
                            field: string;
                            /** @description Not supported: a non-empty value is a 400. */
                            group?: string;
                            /** @description Not supported: a non-empty value is a 400. */
                            match_type?: string;
                            /** @description Name used by condition. */
                            name?: string;
                            /** @description in, like, startwith, endwith, =, !=, >, <, >=, <= */
                            operator: string;
                            /** @description Not supported: a non-empty value is a 400. */
                            priority_type?: string;
                            /** @description One value, or several for in. */
                            values: unknown[];
                        }[];
                        name: string;
                    }[];
                    /** @description incidentd extension: the next_cursor of the previous page (keyset pagination). */
                    cursor?: string;
                    fields?: string[];
                    /** @description Counts per value of field under the main filters: data.group_by. An object, or (as the Terraform provider sends it) an array of at most one. */
                    group_by_filter?: {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        name?: string;
                        operator?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        values?: unknown[];
                    } | {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        name?: string;
                        operator?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        values?: unknown[];
                    }[];
                    int_filters?: {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        /** @description Name used by condition. */
                        name?: string;
                        /** @description in, like, startwith, endwith, =, !=, >, <, >=, <= */
                        operator: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        /** @description One value, or several for in. */
                        values: unknown[];
                    }[];
                    /** @default 1 */
                    page?: number;
                    /** @default 10 */
                    per_page?: number;
                    sort_filter?: {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        name?: string;
                        operator: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        values?: unknown[];
                    };
                    string_filters?: {
                        field: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        group?: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        match_type?: string;
                        /** @description Name used by condition. */
                        name?: string;
                        /** @description in, like, startwith, endwith, =, !=, >, <, >=, <= */
                        operator: string;
                        /** @description Not supported: a non-empty value is a 400. */
                        priority_type?: string;
                        /** @description One value, or several for in. */
                        values: unknown[];
                    }[];
                    ticket_types?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {object|null} */
                        data: never | null;
                        /** @description Error code from docs/errors.md. */
                        error_code: string;
                        /** @description Names the field and the reason, or the state and what is allowed. */
                        error_msg: string;
                        provider_code: string;
                        /** @description Present on gateway (APIG.*) errors. */
                        request_id?: string;
                    };
                };
            };
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            count_filters?: {
                                count: number;
                                name: string;
                            }[];
                            group_by?: {
                                count: number;
                                value: string;
                            }[];
                            /** @description incidentd extension: pass as cursor to continue after this page (null after the last). */
                            next_cursor: string | null;
                            tickets: {
                                [key: string]: unknown;
                            }[];
                            total?: number;
                        };
                        /** @description "GOM.00000000" on success. */
                        error_code: string;
                        /** @enum {object|null} */
                        error_msg: never | null;
                        /** @description Service id, always "049". */
                        provider_code: string;
                    };
                };
            };
        };
    };
}
