declare module 'virtual:ce-built-in-messages' {
  import type { BuiltInMessages } from '@/utils/locale';
  const builtIn: BuiltInMessages;
  export default builtIn;
}
