/**
 * Only the reader's own input acts on Backstory's UI in a page. A page can call `el.click()` or
 * dispatch keys on anything it reaches (open shadow roots in test builds, our hosts' neighbours in
 * every build), but never make a trusted event: a page must not open cards or follow links to
 * learn what the reader's index holds.
 */
export function byReader(e: Event): boolean {
  return e.isTrusted === true;
}
