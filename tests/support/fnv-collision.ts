/**
 * Forges texts with a chosen 32-bit FNV-1a key, as a hostile page would: a sentence padded with
 * eight letters, found by meeting in the middle (26^4 states forward from the sentence, 26^4
 * backward from the key; FNV-1a's step is invertible). About a second per key.
 */
const PRIME = 0x01000193;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** PRIME's inverse modulo 2^32 (Newton's iteration doubles the correct bits each step). */
function inverse(p: number): number {
  let x = p;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(p, x));
  return x >>> 0;
}
const PRIME_INV = inverse(PRIME);

const step = (h: number, c: number) => Math.imul(h ^ c, PRIME) >>> 0;
const unstep = (h: number, c: number) => (Math.imul(h, PRIME_INV) ^ c) >>> 0;

function fnvFrom(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = step(h, text.charCodeAt(i));
  return h;
}

function quad(n: number): string {
  let s = '';
  for (let i = 0; i < 4; i++, n = Math.floor(n / 26)) s += LETTERS[n % 26];
  return s;
}

/** A text `${prefix}` + 8 lowercase letters whose FNV-1a (basis 0x811c9dc5) is `key`, or null. */
export function forgeFnv1a(prefix: string, key: number): string | null {
  // The exact key folds ASCII case: so does the forger.
  const mid = fnvFrom(0x811c9dc5, prefix.toLowerCase());
  const forward = new Map<number, number>();
  for (let n = 0; n < 26 ** 4; n++) forward.set(fnvFrom(mid, quad(n)), n);
  for (let n = 0; n < 26 ** 4; n++) {
    const tail = quad(n);
    let h = key >>> 0;
    for (let i = tail.length - 1; i >= 0; i--) h = unstep(h, tail.charCodeAt(i));
    const head = forward.get(h);
    if (head !== undefined) return `${prefix}${quad(head)}${tail}`;
  }
  return null;
}
