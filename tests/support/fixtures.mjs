// The fixture index lives in scripts/fixtures.mjs (product tooling imports it too); tests keep this path.
export * from '../../scripts/fixtures.mjs';
