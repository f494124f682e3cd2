/** Addresses of the extension's own pages, from its base URL (`runtime.getURL('/')`). Runs anywhere. */
export const readerUrl = (base: string, postId: string) => `${base}reader.html#${encodeURIComponent(postId)}`;

export const libraryUrl = (base: string, highlightId?: string) =>
  `${base}library.html${highlightId ? `#${encodeURIComponent(highlightId)}` : ''}`;
