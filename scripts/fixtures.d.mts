export interface Fixture {
  /** Path relative to tests/fixtures, e.g. `netocentre/login-new.html`. */
  name: string;
  file: string;
  url: string;
  expect: { portal: string; step: string } | null;
  state: string | null;
  /** The front whose page it is (`front="mce"`), or null for the step's own pages. */
  front: string | null;
  html: string;
}
export const FIXTURE_DIR: string;
export const NOT_FOUND: string;
export function parseFixture(file: string): Fixture;
export function loadFixtures(): Fixture[];
export function fixtureByName(name: string): Fixture;
export function pageFor(url: string, fixtures?: readonly Fixture[]): Fixture | null;
