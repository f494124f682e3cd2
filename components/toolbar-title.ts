/** The toolbar button's title on a live blog: how many of its posts the index holds. */
export function toolbarTitle(matched: number, total: number): string {
  if (matched) return `Backstory: ${matched} of ${total} post${total === 1 ? ' is' : 's are'} in your index`;
  return total === 1 ? 'Backstory: this post is not in your index' : `Backstory: none of the ${total} posts is in your index`;
}
