/** 32-bit FNV-1a over UTF-16 code units: fast (see docs/matching notes) and good enough as a key. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Short base-36 hash for keys shown in the DOM and JSON. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36).padStart(7, '0');
}
