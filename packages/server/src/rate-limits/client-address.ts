import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** An address (`10.0.0.5`, `::1`) or a subnet (`10.0.0.0/8`, `fd00::/8`), as TRUSTED_PROXIES lists them. */
export function isAddressOrSubnet(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** `::ffff:192.0.2.1` (how a dual-stack socket shows an IPv4 peer) is `192.0.2.1`. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** The first 64 bits of an IPv6 address: one subscriber usually holds a whole /64. */
function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const groupsOf = (part: string | undefined) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const left = groupsOf(head);
  const right = groupsOf(tail);
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => Number.parseInt(g || '0', 16).toString(16)).join(':')}::/64`;
}

/**
 * Who a request comes from, for the per-address limits. The peer of the TCP connection, unless it
 * is one of TRUSTED_PROXIES: then the nearest `X-Forwarded-For` entry that is not itself a trusted
 * proxy (the ones further left were written by the client and prove nothing). Without trusted
 * proxies the header is ignored, so a client cannot dodge its limit by making up addresses.
 */
export class ClientAddresses {
  private readonly trusted = new BlockList();
  private readonly anyTrusted: boolean;

  constructor(trustedProxies: readonly string[]) {
    for (const entry of trustedProxies) {
      const [address = '', prefix] = entry.split('/');
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) this.trusted.addAddress(unmapped(address), type);
      else this.trusted.addSubnet(address, Number(prefix), type);
    }
    this.anyTrusted = trustedProxies.length > 0;
  }

  /** The key a request's address is counted under: the address, or its /64 for IPv6. */
  of(req: IncomingMessage): string {
    const peer = unmapped(req.socket.remoteAddress ?? 'unknown');
    return keyOf(this.anyTrusted && this.isTrusted(peer) ? this.forwardedClient(req, peer) : peer);
  }

  private forwardedClient(req: IncomingMessage, peer: string): string {
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((hop) => unmapped(hop.trim())).filter((hop) => isIP(hop) !== 0);
    for (let i = hops.length - 1; i >= 0; i--) if (!this.isTrusted(hops[i]!)) return hops[i]!;
    return hops[0] ?? peer;
  }

  private isTrusted(address: string): boolean {
    const family = isIP(address);
    return family !== 0 && this.trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
  }
}

function keyOf(address: string): string {
  return isIP(address) === 6 ? ipv6Prefix64(address) : address;
}
