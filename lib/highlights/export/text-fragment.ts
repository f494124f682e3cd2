/** `#:~:text=` fragments (URL Fragment Text Directives) that scroll a browser to a quote. */

function encodeTerm(s: string): string {
  // '-', ',' and '&' have meaning in a text directive: they must be percent-encoded too.
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

export function textFragment(exact: string): string {
  const words = exact.trim().split(/\s+/);
  if (exact.length <= 80 || words.length <= 10) return `#:~:text=${encodeTerm(exact.trim())}`;
  return `#:~:text=${encodeTerm(words.slice(0, 5).join(' '))},${encodeTerm(words.slice(-5).join(' '))}`;
}

export function linkTo(url: string, exact: string): string {
  return `${url.replace(/#.*$/, '')}${textFragment(exact)}`;
}
