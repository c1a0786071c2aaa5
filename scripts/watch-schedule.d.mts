export const THROTTLE_MS: number;
export const SETTLE_MS: number[];
