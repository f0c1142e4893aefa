// Writes test vectors made by the browser's code for the Java side to verify
// (src/test/resources/ballot/browser-vectors.json, checked by BrowserVectorsTest):
// node vectors.mjs > ../../src/test/resources/ballot/browser-vectors.json
import * as B from './src/ballot.js';
import { p256 } from '@noble/curves/nist.js';

const P = p256.Point;
const vote = 7;
const trustees = [1, 2, 3].map((id) => ({ id, ...B.generateKey(vote, id) }));
const joint = trustees.map((t) => P.fromHex(t.share.publicKey)).reduce((a, b) => a.add(b)).toHex(true);
const marks = [[0], [1], [], [0], [0, 2]];
const ballots = marks.map((m) => B.encryptBallot(vote, joint, 3, 2, m));
const sum = (items) => items.map((c) => ({ a: P.fromHex(c.a), b: P.fromHex(c.b) }))
  .reduce((x, y) => ({ a: x.a.add(y.a), b: x.b.add(y.b) }));
const totals = [0, 1, 2].map((i) => sum(ballots.map((x) => x.ballot.options[i])))
  .concat([sum(ballots.map((x) => x.ballot.blank))])
  .map((t) => ({ a: t.a.toHex(true), b: t.b.toHex(true) }));
const shares = trustees.map((t) => ({ trustee: t.id, shares: B.partialDecrypt(vote, t.id, t.secret, totals) }));
console.log(JSON.stringify({ vote, maxChoices: 2, trustees, joint, ballots, totals, shares, expected: [3, 1, 1, 1] }, null, 1));
