/**
 * Build-time module for the demonstration page (issue 7): `virtual:demo-fixtures` is the demo plan — every
 * journey of the portals' data with the fixture page (tests/fixtures/**) that shows each step. Only the pages
 * the available journeys need are bundled. New journeys and fixtures are picked up at the next build.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { FIXTURE_DIR, parseFixture } from '../scripts/fixtures.mjs';
import { buildDemoPlan, trimPlan } from '../utils/demo/plan';
import { PORTALS } from '../utils/portals';

const ID = 'virtual:demo-fixtures';
const RESOLVED = `\0${ID}`;

function fixtureFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? fixtureFiles(path.join(dir, d.name)) : d.name.endsWith('.html') ? [path.join(dir, d.name)] : [],
    )
    .sort();
}

function demoFixtures(): Plugin {
  return {
    name: 'compagnon-demo-fixtures',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const files = fixtureFiles(FIXTURE_DIR);
      for (const f of files) this.addWatchFile(f);
      const plan = trimPlan(buildDemoPlan(PORTALS, files.map(parseFixture)));
      return `export default ${JSON.stringify(plan)};`;
    },
  };
}

export default defineWxtModule({
  name: 'demo-fixtures',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [demoFixtures()] }));
  },
});
