/**
 * IDN labels in Unicode, for the official-site check: `xn--ntocentre-g0h.fr` → `nеtocentre.fr`. Browsers give
 * host names in their ASCII (punycode) form; a look-alike made of Cyrillic or Greek letters only shows up once
 * decoded. Extension pages have no `url.domainToUnicode`: the RFC 3492 decoding is the `punycode` package's.
 */
import { decode } from 'punycode/punycode.es6.js';

/** One label's punycode part (after `xn--`) decoded, or null when it is not valid punycode. */
export function decodeLabel(input: string): string | null {
  try {
    return decode(input);
  } catch {
    return null;
  }
}

/** Host name in Unicode: every `xn--` label decoded (labels that fail to decode are kept as they are). */
export function hostToUnicode(host: string): string {
  return host
    .split('.')
    .map((label) => (/^xn--/i.test(label) ? (decodeLabel(label.slice(4).toLowerCase()) ?? label) : label))
    .join('.');
}
