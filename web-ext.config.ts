import { defineWebExtConfig } from 'wxt';

// Machines without a display (CI, our dev boxes) cannot open a browser for `wxt` dev mode.
export default defineWebExtConfig({ disabled: true });
