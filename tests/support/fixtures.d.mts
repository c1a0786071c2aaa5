export * from '../../scripts/fixtures.mjs';
