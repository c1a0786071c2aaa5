export { HelpPanel, type HelpPanelProps } from './HelpPanel';
export { chooseCorner } from './corner';
export type { Box, Corner, HelpContent, Placement, StuckItem } from './types';
