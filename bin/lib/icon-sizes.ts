/** The icon's sizes: the toolbar's (16, 32), the extensions page's (48) and the stores' (128). */
export const ICON_SIZES = [16, 32, 48, 128] as const;
