import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../src/config.js';
import { ClientAddresses } from '../src/rate-limits/client-address.js';

/** What the per-address limits read of a request: the TCP peer and the X-Forwarded-For header. */
function request(peer: string, forwardedFor?: string): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } } as unknown as IncomingMessage;
}

describe('the client address the per-address limits count', () => {
  it('ignores X-Forwarded-For without trusted proxies, so a client cannot make up addresses to dodge its limit', () => {
    const addresses = new ClientAddresses([]);
    expect(addresses.of(request('203.0.113.7', '198.51.100.1'))).toBe('203.0.113.7');
    expect(addresses.of(request('::ffff:203.0.113.7'))).toBe('203.0.113.7');
  });

  it('believes the nearest untrusted X-Forwarded-For entry only from a trusted proxy', () => {
    const addresses = new ClientAddresses(['10.0.0.0/8', '127.0.0.1']);
    // The client wrote "1.2.3.4" itself; the proxy appended the address it saw.
    expect(addresses.of(request('10.1.2.3', '1.2.3.4, 203.0.113.7'))).toBe('203.0.113.7');
    expect(addresses.of(request('10.1.2.3', '203.0.113.7, 10.9.9.9'))).toBe('203.0.113.7');
    expect(addresses.of(request('127.0.0.1'))).toBe('127.0.0.1');
    // Not from a trusted proxy: the header proves nothing.
    expect(addresses.of(request('192.0.2.1', '203.0.113.7'))).toBe('192.0.2.1');
  });

  it('counts an IPv6 client by its /64, which one subscriber usually holds whole', () => {
    const addresses = new ClientAddresses([]);
    expect(addresses.of(request('2001:db8:1:2:aaaa::1'))).toBe('2001:db8:1:2::/64');
    expect(addresses.of(request('2001:db8:1:2:bbbb:cccc:dddd:eeee'))).toBe('2001:db8:1:2::/64');
    expect(addresses.of(request('2001:db8::1'))).toBe('2001:db8:0:0::/64');
  });

  it('refuses a TRUSTED_PROXIES entry that is not an address or subnet, naming the variable', () => {
    const parsed = ConfigSchema.safeParse({ TRUSTED_PROXIES: '10.0.0.0/8,proxy.internal' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path[0]).toBe('TRUSTED_PROXIES');
    expect(ConfigSchema.parse({ TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '::1']);
  });
});
