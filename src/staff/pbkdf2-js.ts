// PBKDF2-HMAC-SHA256 in plain JavaScript, for runtimes whose Web Crypto
// refuses high iteration counts: Cloudflare Workers cap PBKDF2 at 100,000
// (workerd issue #1346), below the 600,000 we store. The result is the
// standard PBKDF2 output (RFC 8018), so hashes made on Node verify here and
// the other way round. The first HMAC uses Web Crypto; the remaining
// iterations reuse the precomputed inner/outer key states, two SHA-256
// compressions each (about 3× the time of native PBKDF2: 3.1 s vs 1.1 s for
// 600,000 on this shared 2-core machine; a Workers plan needs the CPU time).
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const W = new Uint32Array(64);

/** One SHA-256 compression of the 16-word block into `out`, starting from `state`. */
function compress(state: Uint32Array, block: Uint32Array, out: Uint32Array): void {
  for (let i = 0; i < 16; i++) W[i] = block[i]!;
  for (let i = 16; i < 64; i++) {
    const a = W[i - 15]!, b = W[i - 2]!;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
  }
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!, e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  out[0] = (state[0]! + a) | 0; out[1] = (state[1]! + b) | 0; out[2] = (state[2]! + c) | 0; out[3] = (state[3]! + d) | 0;
  out[4] = (state[4]! + e) | 0; out[5] = (state[5]! + f) | 0; out[6] = (state[6]! + g) | 0; out[7] = (state[7]! + h) | 0;
}

function toWords(bytes: Uint8Array): Uint32Array {
  const words = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < words.length; i++) words[i] = (bytes[4 * i]! << 24) | (bytes[4 * i + 1]! << 16) | (bytes[4 * i + 2]! << 8) | bytes[4 * i + 3]!;
  return words;
}

/** PBKDF2-HMAC-SHA256, 32-byte output (one block, as the password hashes use). */
export async function pbkdf2Sha256Js(password: Uint8Array, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  let key = password;
  if (key.length > 64) key = new Uint8Array(await crypto.subtle.digest("SHA-256", key as BufferSource));
  const padded = new Uint8Array(64);
  padded.set(key);
  const ipad = padded.map((x) => x ^ 0x36);
  const opad = padded.map((x) => x ^ 0x5c);
  const istate = new Uint32Array(8);
  const ostate = new Uint32Array(8);
  compress(IV, toWords(ipad), istate);
  compress(IV, toWords(opad), ostate);

  // U1 = HMAC(P, salt || INT(1)) through Web Crypto (any salt length).
  const hmacKey = await crypto.subtle.importKey("raw", key as BufferSource, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const first = new Uint8Array(salt.length + 4);
  first.set(salt);
  first[salt.length + 3] = 1;
  const u = toWords(new Uint8Array(await crypto.subtle.sign("HMAC", hmacKey, first as BufferSource)));
  const t = Uint32Array.from(u);

  // U_i = HMAC(P, U_{i-1}): a 32-byte message after a 64-byte pad block = 96 bytes = 768 bits.
  const block = new Uint32Array(16);
  block[8] = 0x80000000;
  block[15] = 768;
  const inner = new Uint32Array(8);
  for (let i = 1; i < iterations; i++) {
    block.set(u, 0);
    compress(istate, block, inner);
    block.set(inner, 0);
    compress(ostate, block, u);
    for (let j = 0; j < 8; j++) t[j]! ^= u[j]!;
  }
  const out = new Uint8Array(32);
  for (let j = 0; j < 8; j++) {
    out[4 * j] = t[j]! >>> 24; out[4 * j + 1] = (t[j]! >>> 16) & 255; out[4 * j + 2] = (t[j]! >>> 8) & 255; out[4 * j + 3] = t[j]! & 255;
  }
  return out;
}
