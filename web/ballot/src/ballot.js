// The voter's and the trustee's side of the encrypted ballot, run in the browser. It mirrors
// vn.thidua.voting.domain.ballot (Java) exactly: the same group (P-256), encodings and proof
// transcripts, so that what this file makes the server verifies. Group operations and SHA-256
// come from noble-curves / noble-hashes (audited, maintained); nothing here is a primitive of its own.
import { p256 } from '@noble/curves/nist.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const Point = p256.Point;
const N = Point.Fn.ORDER;
const G = Point.BASE;
const ZERO = Point.ZERO;

const mod = (k) => ((k % N) + N) % N;
const mul = (p, k) => (mod(k) === 0n ? ZERO : p.multiply(mod(k)));
const hexPoint = (p) => p.toHex(true);
const hexScalar = (k) => mod(k).toString(16).padStart(64, '0');
const point = (hex) => Point.fromHex(hex);
const scalar = (hex) => {
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('not a scalar');
  const k = BigInt('0x' + hex);
  if (k >= N) throw new Error('scalar out of range');
  return k;
};
const count = (m) => (m === 0 ? ZERO : G.multiply(BigInt(m)));

function randomScalar() {
  for (;;) {
    const bytes = new Uint8Array(40);
    crypto.getRandomValues(bytes);
    const k = BigInt('0x' + bytesToHex(bytes)) % N;
    if (k !== 0n) return k;
  }
}

function challenge(label, parts) {
  return BigInt('0x' + bytesToHex(sha256(utf8ToBytes(label + '|' + parts.join('|'))))) % N;
}

function encrypt(key, m, r) {
  return { a: mul(G, r), b: count(m).add(mul(key, r)) };
}

function addCipher(x, y) {
  return { a: x.a.add(y.a), b: x.b.add(y.b) };
}

function rangeProof(context, key, c, m, r, lo, hi) {
  const size = hi - lo + 1;
  const as = [], bs = [], cs = [], vs = [];
  const w = randomScalar();
  let simulated = 0n;
  for (let i = 0; i < size; i++) {
    if (lo + i === m) {
      as[i] = mul(G, w);
      bs[i] = mul(key, w);
    } else {
      cs[i] = randomScalar();
      vs[i] = randomScalar();
      as[i] = mul(G, vs[i]).add(mul(c.a, -cs[i]));
      bs[i] = mul(key, vs[i]).add(mul(c.b.subtract(count(lo + i)), -cs[i]));
      simulated += cs[i];
    }
  }
  const parts = [context, hexPoint(key), hexPoint(c.a), hexPoint(c.b), String(lo), String(hi)];
  for (let i = 0; i < size; i++) parts.push(hexPoint(as[i]), hexPoint(bs[i]));
  const total = challenge('thidua-range-v1', parts);
  const real = m - lo;
  cs[real] = mod(total - simulated);
  vs[real] = mod(w + cs[real] * r);
  const branches = [];
  for (let i = 0; i < size; i++) {
    branches.push({ a: hexPoint(as[i]), b: hexPoint(bs[i]), c: hexScalar(cs[i]), v: hexScalar(vs[i]) });
  }
  return { lo, hi, branches };
}

/** A ballot marking the options at the given positions, encrypted under the vote's key, with its proofs and tracking code. */
export function encryptBallot(voteId, publicKeyHex, optionCount, maxChoices, marked) {
  const chosen = new Set(marked);
  if (chosen.size > maxChoices || [...chosen].some((i) => i < 0 || i >= optionCount)) throw new Error('not a valid choice');
  const key = point(publicKeyHex);
  const context = 'vote:' + voteId;
  const options = [];
  let sum = { a: ZERO, b: ZERO };
  let sumR = 0n;
  for (let i = 0; i < optionCount; i++) {
    const m = chosen.has(i) ? 1 : 0;
    const r = randomScalar();
    const c = encrypt(key, m, r);
    // each proof is bound to its place on the ballot (see EncryptedBallot.optionContext)
    options.push({ a: hexPoint(c.a), b: hexPoint(c.b), proof: rangeProof(context + ':option:' + i, key, c, m, r, 0, 1) });
    sum = addCipher(sum, c);
    sumR += r;
  }
  const blankValue = chosen.size === 0 ? 1 : 0;
  const blankR = randomScalar();
  const blankCipher = encrypt(key, blankValue, blankR);
  const blank = { a: hexPoint(blankCipher.a), b: hexPoint(blankCipher.b), proof: rangeProof(context + ':blank', key, blankCipher, blankValue, blankR, 0, 1) };
  const k = BigInt(maxChoices);
  const combined = { a: sum.a.add(mul(blankCipher.a, k)), b: sum.b.add(mul(blankCipher.b, k)) };
  const countProof = rangeProof(context + ':count', key, combined, chosen.size + maxChoices * blankValue, mod(sumR + blankR * k), 1, maxChoices);
  const ballot = { options, blank, count: countProof };
  return { ballot, trackingCode: trackingCode(voteId, ballot) };
}

export function trackingCode(voteId, ballot) {
  const parts = ['vote:' + voteId];
  for (const o of ballot.options) parts.push(o.a, o.b);
  parts.push(ballot.blank.a, ballot.blank.b);
  return bytesToHex(sha256(utf8ToBytes('thidua-tracking-v1|' + parts.join('|'))));
}

function keyContext(voteId, trusteeId) {
  return 'vote:' + voteId + ':trustee:' + trusteeId;
}

function keyProof(context, x) {
  const publicKey = mul(G, x);
  const k = randomScalar();
  const t = mul(G, k);
  const c = challenge('thidua-key-v1', [context, hexPoint(publicKey), hexPoint(t)]);
  return { publicKey: hexPoint(publicKey), commitment: hexPoint(t), response: hexScalar(k + c * x) };
}

/** A trustee's new key share: the secret to keep, and the public part with its proof to register. */
export function generateKey(voteId, trusteeId) {
  const x = randomScalar();
  return { secret: hexScalar(x), share: keyProof(keyContext(voteId, trusteeId), x) };
}

/** The public key of a secret (to check a key file against the registered key before decrypting). */
export function publicKeyOf(secretHex) {
  return hexPoint(mul(G, scalar(secretHex)));
}

/** The trustee's partial decryption of each total {a, b}, with its proof. */
export function partialDecrypt(voteId, trusteeId, secretHex, totals) {
  const x = scalar(secretHex);
  const context = keyContext(voteId, trusteeId);
  const publicKey = hexPoint(mul(G, x));
  return totals.map((total) => {
    const a = point(total.a);
    const d = mul(a, x);
    const k = randomScalar();
    const t1 = mul(G, k);
    const t2 = mul(a, k);
    const c = challenge('thidua-decrypt-v1', [context, publicKey, hexPoint(a), hexPoint(d), hexPoint(t1), hexPoint(t2)]);
    return { share: hexPoint(d), commitmentG: hexPoint(t1), commitmentA: hexPoint(t2), response: hexScalar(k + c * x) };
  });
}

/**
 * The totals a trustee opens, added up on its own device from the box's ciphertexts: per ballot a
 * list of {a, b} (each option, then blank). The trustee never opens what the server calls a total
 * without this sum agreeing with it.
 */
export function sumTotals(ballots) {
  const sums = ballots[0].map(() => ({ a: ZERO, b: ZERO }));
  for (const ballot of ballots) {
    ballot.forEach((c, i) => {
      sums[i] = { a: sums[i].a.add(point(c.a)), b: sums[i].b.add(point(c.b)) };
    });
  }
  return sums.map((s) => ({ a: hexPoint(s.a), b: hexPoint(s.b) }));
}
