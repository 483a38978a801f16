import { isIPv6 } from "node:net";

/**
 * The source that failed signatures are counted against: the client's IPv4 address, or the /64 of an IPv6
 * one (a single host usually holds a whole /64, so counting single IPv6 addresses would give it 2^64
 * fresh counts). IPv4-mapped IPv6 addresses count as the IPv4 address.
 */
export function sourceOf(ip: string | undefined): string {
  if (!ip) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1] as string;
  if (!isIPv6(ip)) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("%")[0]?.split("::") ?? [];
  const left = head === "" ? [] : head.split(":");
  const right = ip.includes("::") && tail !== "" ? tail.split(":") : [];
  const groups = ip.includes("::")
    ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
