// Verifies an e-card QR code offline, with the public keys the platform publishes at
// GET /api/v1/ecard/public-keys (docs/INTEGRATIONS.md, "E-card QR codes"). It proves the code is
// genuine and not expired; only POST /api/v1/ecard/verify knows the card's state now.
// Usage: node scripts/verify-ecard-token.mjs <token> <https://…/api/v1/ecard/public-keys | keys.json>
import { createPublicKey, verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';

const [token = '', keysAt = ''] = process.argv.slice(2);
const text = /^https?:\/\//.test(keysAt)
  ? await (await fetch(keysAt)).text()
  : await readFile(keysAt, 'utf8');
const { keys } = JSON.parse(text);
const bytes = Buffer.from(token, 'base64url');
const signedLength = 62 + (bytes[61] ?? 0); // version, key id, times, reference, name length, name
const key = keys.find((k) =>
  Buffer.from(k.kid, 'base64url').subarray(0, 8).equals(bytes.subarray(1, 9)),
);
const signed = bytes.subarray(0, signedLength);
const signature = bytes.subarray(signedLength);
let reason = null;
if (bytes[0] !== 1 || signature.length !== 64) reason = 'malformed';
else if (!key) reason = 'unknown-key';
else if (!verify(null, signed, createPublicKey({ key, format: 'jwk' }), signature))
  reason = 'bad-signature';
else if (Date.now() >= bytes.readUInt32BE(13) * 1000) reason = 'expired';
const genuine = reason === null || reason === 'expired';
console.log(
  JSON.stringify({
    valid: reason === null,
    reason,
    holderName: genuine ? signed.subarray(62).toString('utf8') : null,
    expiresAt: genuine ? new Date(bytes.readUInt32BE(13) * 1000) : null,
  }),
);
process.exitCode = reason === null ? 0 : 1;
