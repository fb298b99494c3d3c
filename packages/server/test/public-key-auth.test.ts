import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { startTestApi, TEST_TOKEN_SECRET } from './support/test-api.js';

// A host site that signs with its private key; the API only holds the public key.
const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
const t = await startTestApi({ TOKEN_SECRET: '', TOKEN_PUBLIC_KEY: await exportSPKI(publicKey), TOKEN_ALGORITHM: 'EdDSA' });

async function me(token: string) {
  const response = await fetch(`${t.api.url}/trpc/me`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as { result?: { data: { name: string } }; error?: { message: string } } };
}

describe('tokens signed with the host site’s EdDSA key', () => {
  it('are accepted when signed with its private key', async () => {
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'EdDSA' }).setSubject('3').setIssuedAt().setExpirationTime('5m').sign(privateKey);
    const { status, body } = await me(token);
    expect(status).toBe(200);
    expect(body.result?.data.name).toBe('Ana Kowalska');
  });

  it('are refused when signed any other way, even with a shared secret the server once used', async () => {
    const hs = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('3').setExpirationTime('5m').sign(new TextEncoder().encode(TEST_TOKEN_SECRET));
    const { status, body } = await me(hs);
    expect(status).toBe(401);
    expect(body.error?.message).toMatch(/algorithm this server does not accept \(expected EdDSA\)/);
    const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'EdDSA' }).setSubject('3').setExpirationTime('5m').sign(other.privateKey);
    expect((await me(forged)).status).toBe(401);
  });
});
