export interface FixtureText {
  name: string;
  url: string;
  expect: { portal: string; step: string } | null;
  state: string | null;
  front: string | null;
  html: string;
}
export function parseFixtureText(name: string, html: string): FixtureText;
