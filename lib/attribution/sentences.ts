/** Sentence splitting good enough for news prose: ends at . ! ? … followed by space and a capital or quote. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…]["'”’)]?)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
