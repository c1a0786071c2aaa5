/** The help card's public entry: the card, its content type and its placement rule (see help-panel/). */
export * from './help-panel';
