import { stashEarly } from './popup/early';

// popup.html's `<script async>`: a classic script runs as soon as it arrives, before the popup's modules have
// loaded (why: ./popup/early.ts).
export default defineUnlistedScript(stashEarly);
