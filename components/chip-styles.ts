/**
 * Styles of the in-page annotation, inserted into each host's shadow root: our own font stack and
 * sizes, light and dark, AA contrast, nothing that leaks into the page.
 */
// Written as a style sheet so that the build minifies it: it rides in the page's script on every live blog.
export { default as CHIP_CSS } from './chip.css?inline';

/** The card's styles: loaded with the card, on first use, not with every page. */
export const CARD_CSS = `
.card { margin-top: 6px; padding: 10px 12px; border: 1px solid #d0d7de; border-radius: 8px; background: #fff; }
.card h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin: 10px 0 4px; color: #57606a; }
.card section:first-child h3 { margin-top: 0; }
.card h4 { font-size: 12px; margin: 8px 0 2px; }
.versions > li { margin: 4px 0; }
.list { margin: 4px 0; padding-left: 18px; }
.list li { margin: 2px 0; }
.tag { font-size: 11px; padding: 0 5px; border-radius: 4px; border: 1px solid currentColor; }
.r-contradicts, .c-substantive { color: #a40e26; }
.r-confirms { color: #116329; }
.r-develops, .c-wording, .c-added, .c-removed, .c-notice { color: #424a53; }
del { text-decoration: line-through; background: #ffebe9; color: #82071e; }
ins { text-decoration: underline; background: #dafbe1; color: #116329; }
.diff { display: inline; margin: 0; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.evidence { font-style: italic; }
.card p { margin: 4px 0; }
.muted { color: #57606a; }
.link { font: inherit; color: #0969da; background: none; border: none; padding: 0; cursor: pointer; text-decoration: underline; }
.timeline { margin: 4px 0 6px; }
.timeline svg { display: block; overflow: visible; max-width: 100%; height: auto; }
.timeline .axis { stroke: #d0d7de; stroke-width: 2; }
.timeline .mark { cursor: pointer; outline: none; }
.timeline .mark circle { fill: currentColor; stroke: #fff; stroke-width: 2; }
.timeline .mark line { stroke: currentColor; stroke-width: 1; opacity: .5; }
.timeline .mark text { fill: currentColor; font: 11px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.timeline .mark:focus-visible circle { stroke: #0969da; stroke-width: 3; }
.timeline .mark:focus-visible text { text-decoration: underline; }
.timeline .r-self { color: #1f2328; }
.timeline .r-develops { color: #0550ae; }
@media (prefers-color-scheme: dark) {
  .timeline .axis { stroke: #30363d; }
  .timeline .mark circle { stroke: #0d1117; }
  .timeline .mark:focus-visible circle { stroke: #58a6ff; }
  .timeline .r-self { color: #e6edf3; }
  .timeline .r-develops { color: #79c0ff; }
}
@media (prefers-color-scheme: dark) {
  .card { background: #0d1117; border-color: #30363d; }
  .muted { color: #9da7b3; }
  .link { color: #58a6ff; }
  .card h3 { color: #9da7b3; }
  .r-contradicts, .c-substantive { color: #ffa198; }
  .r-confirms { color: #7ee787; }
  .r-develops, .c-wording, .c-added, .c-removed, .c-notice { color: #c9d1d9; }
  del { background: #3d1114; color: #ffa198; }
  ins { background: #0f2d19; color: #7ee787; }
}
`;
