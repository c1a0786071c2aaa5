/**
 * The TEST build's extension id for Chrome/Chromium/Edge (docs/deploiement.md). `CE_TEST_KEY=1 npx wxt build`
 * puts this public key in the manifest's `key`, so the unpacked build always has the id below (Chromium derives
 * the id from the key: the first 128 bits of its SHA-256, written with the letters a–p). The policy examples in
 * deploy/ and the real-policy e2e test (tests/e2e/policy.spec.ts) use it. The private key was thrown away: it
 * is not needed to load an unpacked extension, and the store builds have no `key` (the Chrome Web Store gives
 * its own id, which replaces this one in the school's policy files).
 */
export const TEST_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmsY0Mn3pX5PCxX5vjNy9NDDNxhVhOSuzbTIM6lueMZVsPBcgkl2DJW1b57DIfGY0IWHWz0yub8tZhhxPTx2Z+l36oGYt6Arf013r1bE7wpfKkrOQ3vQDVFWH2bpnl/hI29+K9iYzU8G5f7Diwzyma5zpOdF7F3hIbeXPFwokfjtr40NB3wKXhkVV8Xk8mZz7mobEs2hvId+xCtufmLp3Gb3bZ1cNSYEZ0w/NmvwsxPbCrRoP50PEuNDuP6/C/4RYeDHBmJrOJyrf5pC90sEg8zV87FjGhx70WszIfTCgbW8TWw5U7guxPmA/UJeL1AEWx52dtMPQbDoZziuH+1aEqwIDAQAB';
export const TEST_EXTENSION_ID = 'moephcjemedillaiinpagcljnfjbccdb';
