export const THROTTLE_MS: number;
export const SETTLE_MS: number[];
export const RENDER_MS: number;
export const NEGATIVE_AFTER_LOAD_MS: number;
