import { BlockList, isIP } from "node:net";

/**
 * Where a webhook may be sent. Cloud metadata services answer any process on the instance with its
 * credentials, so they are never a target; private and loopback addresses are allowed unless the
 * installation says otherwise (self-hosted receivers live there).
 */

const METADATA = new BlockList();
METADATA.addAddress("169.254.169.254"); // AWS, Azure, GCP, Huawei Cloud, OpenStack…
METADATA.addAddress("169.254.170.2"); // AWS ECS task metadata
METADATA.addAddress("100.100.100.200"); // Alibaba Cloud
METADATA.addAddress("fd00:ec2::254", "ipv6"); // AWS over IPv6

const METADATA_HOSTS = new Set(["metadata.google.internal", "metadata.goog", "metadata"]);

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.168.0.0", 16],
] as const)
  PRIVATE.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
] as const)
  PRIVATE.addSubnet(net, prefix, "ipv6");

/** `::ffff:169.254.169.254` is the IPv4 address it maps. */
function unmapped(address: string): { address: string; family: "ipv4" | "ipv6" } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return { address: mapped[1], family: "ipv4" };
  return { address, family: isIP(address) === 6 ? "ipv6" : "ipv4" };
}

/** Why an address may not be sent to, or null when it may. */
export function refusedAddress(raw: string, allowPrivate: boolean): string | null {
  const { address, family } = unmapped(raw);
  if (METADATA.check(address, family)) return `${raw} is a cloud metadata address`;
  if (!allowPrivate && PRIVATE.check(address, family))
    return `${raw} is a private or loopback address (INCIDENTD_WEBHOOK_ALLOW_PRIVATE=false)`;
  return null;
}

/** Checks a subscription's URL when it is created or changed; returns the reason it is refused, or null. */
export function refusedWebhookUrl(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be an absolute http or https URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "the scheme must be http or https";
  if (url.username || url.password) return "must not carry a user name or password";
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "") return "must name a host";
  if (METADATA_HOSTS.has(host.replace(/\.$/, ""))) return `${host} is a cloud metadata host`;
  if (isIP(host) !== 0) return refusedAddress(host, allowPrivate);
  if (!allowPrivate && (host === "localhost" || host.endsWith(".localhost")))
    return `${host} is a loopback name (INCIDENTD_WEBHOOK_ALLOW_PRIVATE=false)`;
  return null;
}
