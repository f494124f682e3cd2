/** What "Add this live blog to my index" did, in one sentence, whatever the counts. */
export function captureNotice(r: { added: number; total: number }): string {
  const posts = (n: number) => `${n.toLocaleString('en')} post${n === 1 ? '' : 's'}`;
  if (r.added > 0) return `Added ${posts(r.added)} to your index (${posts(r.total)} from this blog in all).`;
  if (r.total > 0) return `Already in your index: nothing new to add (${posts(r.total)} from this blog).`;
  return 'Nothing to add: Backstory found no posts it could store on this page.';
}
