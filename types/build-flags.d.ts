/**
 * Set at build time by wxt.config.ts: true only in builds made with BACKSTORY_TEST_HOSTS=1, which
 * write verdicts on the hosts and keep shadow roots open for tests (contracts.md §1). A constant
 * folded into the bundle: nothing of the build's environment reaches a page.
 */
declare const __BACKSTORY_TEST_BUILD__: boolean;
