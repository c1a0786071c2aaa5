/**
 * The features as the content script runs them (docs/decisions/first-card.md): the same list, ids and order
 * as FEATURES (./index.ts, which the demo and the tests use; tests/unit/first-card.test.ts keeps the two in
 * step), but only the situation question is in the first card's module. Every other feature comes from
 * the later chunk, asked for once `ready` resolves (a frame after the first paint) and only where it can
 * apply; its slots render nothing until it is there. Each of them already appeared after an asynchronous read (stored
 * choices, the school's policy) or beside the page's fields, so arriving a frame later moves nothing in the
 * card that was there at the first paint.
 */
import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Feature, FeatureContext } from '@/overlay/feature';
import { obstructionFeature } from './obstruction';
import { situationFeature } from './situation';

type Slot = 'lead' | 'panel' | 'stuck' | 'layer';
type Load = () => Promise<Feature>;

/**
 * A feature whose code comes later: `chunk(ctx)` says which module holds it on this recognition (null: none,
 * the feature cannot apply here). Once a module is there its own `applies` and slots take over.
 */
export function lazyFeature(
  id: string,
  slots: readonly Slot[],
  chunk: (ctx: FeatureContext) => Load | null,
  ready: Promise<unknown>,
  needs: Promise<unknown> = ready,
): Feature {
  const loaded = new Map<Load, Feature>();
  const pending = new Map<Load, Promise<Feature | null>>();
  const get = (load: Load) => {
    let p = pending.get(load);
    if (!p) {
      p = ready.then(() => Promise.all([load(), needs])).then(
        ([f]) => (loaded.set(load, f), f),
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

/** Where the content script's lazy features come from (one chunk: entrypoints/content/later.ts). */
export interface LazyFeatures {
  password: Load;
  capsLock: Load;
  remember: Load;
  support: Load;
}

/** The content script's features, in FEATURES' order: the lazy ones are asked for once `ready` resolves and
 * render once `needs` (their texts and CSS, fetched alongside) is there too. */
export function contentFeatures(from: LazyFeatures, ready: Promise<unknown>, needs: Promise<unknown> = ready): Feature[] {
  const later = (id: string, slots: readonly Slot[], chunk: (ctx: FeatureContext) => Load | null) =>
    lazyFeature(id, slots, chunk, ready, needs);
  return [
    situationFeature,
    // Remembered choices: chooser steps only (the feature also needs the establishment in the address).
    later('remember', ['lead', 'layer'], ({ rec }) => (rec.stepDef.choices ? from.remember : null)),
    // The school's contact, when its policy has one, and the page report's link: every step.
    later('support', ['panel', 'stuck'], () => from.support),
    // The checklist and the generator where the step has new-password fields and the portal a rule; the Caps
    // Lock warning alone (what the password help shows there) everywhere else.
    later('password', ['layer'], ({ rec }) => (rec.stepDef.newPassword && (rec.stepDef.password ?? rec.portalDef.password) ? from.password : from.capsLock)),
    // In the first card: it decides, before the first paint, what the family must act on (a banner over the target).
    obstructionFeature,
  ];
}
