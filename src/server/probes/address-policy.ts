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

/** A BlockList of CIDR ranges (`10.0.0.0/8`, `fc00::/7`); a range with a colon is IPv6. */
function blockList(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [network = '', prefix = ''] = range.split('/');
    list.addSubnet(network, Number(prefix), network.includes(':') ? 'ipv6' : 'ipv4');
  }
  return list;
}

const LOOPBACK = blockList(['127.0.0.0/8', '::1/128']);
const PRIVATE = blockList(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7']);
// This network, link-local, IETF protocol assignments, documentation (TEST-NET-1..3, 2001:db8::/32),
// benchmarking, multicast, reserved; unspecified, link-local, multicast and discard-only IPv6.
const RESERVED = blockList([
  '0.0.0.0/8',
  '169.254.0.0/16',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
  '::/128',
  'fe80::/10',
  'ff00::/8',
  '2001:db8::/32',
  '100::/64',
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
