declare module 'virtual:ce-built-in-messages' {
  import type { BuiltInMessages } from '@/utils/locale';
  const builtIn: BuiltInMessages;
  export default builtIn;
}
declare module 'virtual:ce-built-in-messages-later' {
  /** Adds the texts the first card does not carry to its built-in French (modules/content-ui.ts). */
  export default function addLaterTexts(): void;
}
