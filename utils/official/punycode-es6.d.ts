// The ES module build of the `punycode` package (npm, not Node's deprecated built-in) has no type declarations.
declare module 'punycode/punycode.es6.js' {
  export function decode(input: string): string;
}
