import type { Fixture } from './fixtures.mjs';

export declare const LATE_SCRIPT: string;
export declare const LATE_MS: number;
export declare function latePage(fixture: Fixture, o?: { stop?: boolean }): string;
