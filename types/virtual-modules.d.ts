/** The shipped coverage as a pack (JSON Lines), built from assets/ by a Vite plugin in wxt.config.ts. */
declare module 'virtual:backstory-shipped-pack' {
  const pack: string;
  export default pack;
}

/** A style sheet as a string (Vite's `?inline`), minified in builds. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
