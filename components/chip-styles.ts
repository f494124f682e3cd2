/**
 * Styles of the in-page annotation, inserted into each host's shadow root: our own font stack and
 * sizes, light and dark, AA contrast, nothing that leaks into the page.
 */
export const CHIP_CSS = `
:host { all: initial; display: block; contain: layout style; content-visibility: auto; contain-intrinsic-size: auto 0px; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.bs { margin: 4px 0 8px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif;
  color: #1f2328; max-width: 100%; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; min-height: 24px; }
.chip { display: inline-flex; align-items: center; gap: 4px; font: inherit; font-size: 12px; line-height: 18px;
  padding: 2px 8px; border-radius: 12px; border: 1px solid currentColor; background: #fff; cursor: pointer; }
.chip:focus-visible, a:focus-visible, button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.s-same { color: #116329; background: #dafbe1; }
.s-edited { color: #7d4e00; background: #fff8c5; }
.s-unindexed, .s-pending { color: #424a53; background: #f6f8fa; }
.s-error { color: #a40e26; background: #ffebe9; }
.mini { font-size: 11px; line-height: 16px; padding: 1px 6px; border-radius: 10px; background: #f6f8fa; color: #424a53; border: 1px solid #d0d7de; }
.k-contradicted { color: #a40e26; border-color: currentColor; }
@media (prefers-color-scheme: dark) {
  .bs { color: #e6edf3; }
  .chip { background: #161b22; }
  .s-same { color: #7ee787; background: #0f2d19; }
  .s-edited { color: #f2cc60; background: #2e2400; }
  .s-unindexed, .s-pending { color: #c9d1d9; background: #21262d; }
  .s-error { color: #ffa198; background: #3d1114; }
  .mini { background: #21262d; color: #c9d1d9; border-color: #30363d; }
  .k-contradicted { color: #ffa198; }
}
`;

/** The card's styles: loaded with the card, on first use, not with every page. */
export const CARD_CSS = `
.card { margin-top: 6px; padding: 10px 12px; border: 1px solid #d0d7de; border-radius: 8px; background: #fff; }
.card h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin: 10px 0 4px; color: #57606a; }
.card section:first-child h3 { margin-top: 0; }
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
