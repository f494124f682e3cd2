import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { NEWS_HOST_MATCHES, TEST_HOST_MATCHES } from './lib/hosts/news-hosts';
import { parseCoverage } from './lib/coverage/parse';
import { SHIPPED_COVERAGE_FILE, SHIPPED_COVERAGE_META } from './lib/coverage/shipped';
import { writePack } from './lib/packs/pack-format';

/**
 * The shipped coverage is a coverage pack like any other, built from assets/ at build time: the
 * worker seeds it through the same reader as packs users import.
 */
function shippedPack(): Plugin {
  const id = 'virtual:backstory-shipped-pack';
  return {
    name: 'backstory-shipped-pack',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(module) {
      if (module !== `\0${id}`) return null;
      const file = `assets/coverage/${SHIPPED_COVERAGE_FILE}`;
      this.addWatchFile(file);
      const pack = writePack(parseCoverage(readFileSync(file, 'utf8'), SHIPPED_COVERAGE_META));
      return `export default ${JSON.stringify(pack)};`;
    },
  };
}

// Test hosts are added only when asked for at build time (docs/contracts.md §3); the content
// script never reads process.env, so nothing from the build environment reaches a page.
const withTestHosts = process.env.BACKSTORY_TEST_HOSTS === '1';

export default defineConfig({
  // Tests build a release elsewhere to check it (tests/unit/release-build.test.ts).
  outDir: process.env.BACKSTORY_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // BACKSTORY_NO_MINIFY=1 keeps function names readable in CPU profiles; BACKSTORY_SOURCEMAP=1 writes
  // source maps, to see which module the content script's bytes come from.
  vite: () => ({
    plugins: [preact(), shippedPack()],
    define: { __BACKSTORY_TEST_BUILD__: JSON.stringify(withTestHosts) },
    build: process.env.BACKSTORY_NO_MINIFY ? { minify: false } : process.env.BACKSTORY_SOURCEMAP ? { sourcemap: true } : {},
  }),
  zip: {
    // A test-host build names itself, so it cannot be mistaken for a release (docs/contracts.md §3).
    artifactTemplate: `{{name}}-{{version}}-{{browser}}-{{manifestVersion}}${withTestHosts ? '-testhosts' : ''}.zip`,
    sourcesTemplate: `{{name}}-{{version}}-sources${withTestHosts ? '-testhosts' : ''}.zip`,
    excludeSources: ['test-results/**', 'demo-output/**', 'docs/screenshots/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: withTestHosts ? 'Backstory (test hosts)' : 'Backstory',
    // The name is a name (contracts §3 reads it); the description speaks the browser's language (public/_locales).
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup may see the address of the page it was opened on, to offer "Run
    // Backstory on this site"; the site's permission is asked for only then (optional).
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab', 'contextMenus'],
    commands: {
      // Opens the popup from the keyboard (MV2 names the same command after its browser action).
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Open Backstory for this page',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text of a live-blog post',
      },
    },
    host_permissions: [...NEWS_HOST_MATCHES, ...(withTestHosts ? TEST_HOST_MATCHES : [])],
    // MV2 (Firefox) lists optional hosts among optional permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // The toolbar's sizes of the icon (public/icon/, drawn from assets/icon.svg by `npm run icons`).
    action: { default_title: 'Backstory', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script, on every news page, goes without the webextension-polyfill (2.5 KB
    // gzipped of a 15 KB budget): it uses only sendMessage and onMessage, which both browsers
    // give natively with promises (lib/page/answer-requests.ts answers without returning one).
    // The worker and the extension's pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const native = '@wxt-dev/browser';
      if (Array.isArray(alias)) for (const a of alias) if (a.find === 'wxt/browser') a.replacement = native;
      if (alias && !Array.isArray(alias)) (alias as Record<string, string>)['wxt/browser'] = native;
    },
    // The content script runs on the news hosts (and, in test builds only, the test hosts). The
    // list is set here rather than in the script's definition, which would bundle it into pages.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const cs of manifest.content_scripts ?? []) {
        cs.matches = [...new Set([...(cs.matches ?? []), ...NEWS_HOST_MATCHES, ...(withTestHosts ? TEST_HOST_MATCHES : [])])];
      }
    },
  },
});
