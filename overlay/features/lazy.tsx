/**
 * The features as the content script runs them (docs/decisions/first-card.md): the same list, ids and order
 * as FEATURES (./index.ts, which the demo and the tests use; tests/unit/first-card.test.ts keeps the two in
 * step), but only the situation question is in the first card's module. Every other feature is a chunk of
 * its own, asked for once `ready` resolves (a frame after the first paint) and only where it can apply; its
 * slots render nothing until it is there. Each of them already appeared after an asynchronous read (stored
 * choices, the school's policy) or beside the page's fields, so arriving a frame later moves nothing in the
 * card that was there at the first paint.
 */
import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Feature, FeatureContext } from '@/overlay/feature';
import { situationFeature } from './situation';

type Slot = 'lead' | 'panel' | 'layer';
type Load = () => Promise<Feature>;

/**
 * A feature whose code comes later: `chunk(ctx)` says which module holds it on this recognition (null: none,
 * the feature cannot apply here). Once a module is there its own `applies` and slots take over.
 */
export function lazyFeature(id: string, slots: readonly Slot[], chunk: (ctx: FeatureContext) => Load | null, ready: Promise<unknown>): Feature {
  const loaded = new Map<Load, Feature>();
  const pending = new Map<Load, Promise<Feature | null>>();
  const get = (load: Load) => {
    let p = pending.get(load);
    if (!p) {
      p = ready.then(load).then(
        (f) => (loaded.set(load, f), f),
        // Not there (extension reloaded, file missing): nothing shows; a later page may ask again.
        () => (pending.delete(load), null),
      );
      pending.set(load, p);
    }
    return p;
  };
  function Lazy({ slot, ctx, load }: { slot: Slot; ctx: FeatureContext; load: Load }): VNode | null {
    const real = loaded.get(load);
    const [, setThere] = useState(!!real);
    useEffect(() => {
      if (real) return;
      let live = true;
      void get(load).then((f) => live && f && setThere(true));
      return () => {
        live = false;
      };
    }, [load, real]);
    return real?.applies(ctx) ? (real[slot]?.(ctx) ?? null) : null;
  }
  const feature: Feature = {
    id,
    applies: (ctx) => !!chunk(ctx),
  };
  for (const slot of slots) {
    feature[slot] = (ctx) => {
      const load = chunk(ctx);
      return load ? <Lazy slot={slot} ctx={ctx} load={load} /> : null;
    };
  }
  return feature;
}

const password: Load = () => import('./password').then((m) => m.passwordFeature);
const capsLock: Load = () => import('./caps-lock').then((m) => m.capsLockFeature);
const remember: Load = () => import('./remember').then((m) => m.rememberFeature);
const support: Load = () => import('./support').then((m) => m.supportFeature);

/** The content script's features, in FEATURES' order; the lazy ones are asked for once `ready` resolves. */
export function contentFeatures(ready: Promise<unknown>): Feature[] {
  return [
    situationFeature,
    // Remembered choices: chooser steps only (the feature also needs the establishment in the address).
    lazyFeature('remember', ['lead', 'layer'], ({ rec }) => (rec.stepDef.choices ? remember : null), ready),
    // The school's contact, when its policy has one: every step.
    lazyFeature('support', ['panel'], () => support, ready),
    // The checklist and the generator where the step has new-password fields and the portal a rule; the Caps
    // Lock warning alone (what the password help shows there) everywhere else.
    lazyFeature('password', ['layer'], ({ rec }) => (rec.stepDef.newPassword && rec.portalDef.password ? password : capsLock), ready),
  ];
}
