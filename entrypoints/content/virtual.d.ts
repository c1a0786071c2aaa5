declare module 'virtual:ce-built-in-messages' {
  import type { BuiltInMessages } from '@/utils/locale';
  const builtIn: BuiltInMessages;
  export default builtIn;
  /** Adds a group's first-card texts (the JSON its `first-texts-<group>.js` module exports) to the built-in ones. */
  export function addFirstTexts(json: string): void;
}
declare module 'virtual:ce-built-in-messages-later' {
  /** Adds the texts the first card does not carry to its built-in French (modules/content-ui.ts). */
  export default function addLaterTexts(): void;
}
