import { BlockList, isIP } from 'node:net';

/*
 * Outbound connections of a check go only where the administrator allows: public
 * addresses by default. Loopback and private ranges (on-premises Exchange lives on
 * private networks) only when allowed; link-local (cloud metadata services),
 * multicast, documentation and other reserved ranges never. A check must not
 * become a way to probe the host's own network.
 */
export interface AddressPolicyOptions {
  /** RFC 1918, CGNAT (100.64/10) and IPv6 unique-local (fc00::/7) addresses. Default false. */
  readonly allowPrivate?: boolean;
  /** 127.0.0.0/8 and ::1. Default false. */
  readonly allowLoopback?: boolean;
}

export type AddressClass = 'public' | 'private' | 'loopback' | 'reserved';

function blockList(ranges: readonly [string, number, 'ipv4' | 'ipv6'][]): BlockList {
  const list = new BlockList();
  for (const [network, prefix, type] of ranges) list.addSubnet(network, prefix, type);
  return list;
}

const LOOPBACK = blockList([
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6'],
]);
const PRIVATE = blockList([
  ['10.0.0.0', 8, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['fc00::', 7, 'ipv6'],
]);
const RESERVED = blockList([
  ['0.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
  ['100::', 64, 'ipv6'],
]);

/** Which class an IP address is in; an IPv4 address written as IPv6 (`::ffff:10.0.0.1`, NAT64) counts as its IPv4 self. */
export function classifyAddress(address: string): AddressClass {
  const family = isIP(address);
  if (family === 0) return 'reserved';
  if (family === 6) {
    const embedded = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (embedded) return classifyAddress(embedded[1]!);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (LOOPBACK.check(address, type)) return 'loopback';
  if (PRIVATE.check(address, type)) return 'private';
  if (RESERVED.check(address, type)) return 'reserved';
  return 'public';
}

/** Whether the policy lets a check connect to `address`. */
export function isAddressAllowed(address: string, policy: AddressPolicyOptions = {}): boolean {
  const kind = classifyAddress(address);
  if (kind === 'public') return true;
  if (kind === 'private') return policy.allowPrivate === true;
  if (kind === 'loopback') return policy.allowLoopback === true;
  return false;
}
