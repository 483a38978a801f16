/** incidentd's own administration API lives under this prefix, apart from the COC-compatible routes. */
export const ADMIN_PREFIX = "/incidentd/v1";
