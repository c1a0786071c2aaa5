import './style.css';
import { HOST_TAG, startController } from '@/utils/controller';
import type { NavKind } from '@/utils/journey';
import { applyLanguage } from '@/utils/locale';
import { ENT_MATCHES } from '@/utils/portals';
import { langItem } from '@/utils/storage/lang';
import { FEATURES } from './features';

function navKind(): NavKind {
  const e = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  const t = e?.type;
  return t === 'reload' || t === 'back_forward' || t === 'navigate' ? t : 'other';
}

export default defineContentScript({
  matches: ENT_MATCHES,
  runAt: 'document_end',
  cssInjectionMode: 'ui',
  async main(ctx) {
    let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | null = null;
    let mounted: { host: HTMLElement; container: HTMLElement } | null = null;
    const makeUi = () =>
      createShadowRootUi<HTMLElement>(ctx, {
        name: HOST_TAG,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        onMount: (container) => container,
      });
    const loadLocale = (lang: string) => browser.runtime.sendMessage({ type: 'locale', lang }).catch(() => null);
    // The shadow root UI is created once (its CSS is loaded then), while the language is read; mounting and
    // removing it afterwards is synchronous.
    [ui] = await Promise.all([makeUi(), applyLanguage(loadLocale)]);
    const controller = startController({
      doc: document,
      url: () => location.href,
      navKind: navKind(),
      mount() {
        if (!ui) throw new Error('no ui');
        if (!mounted || !ui.shadowHost.isConnected) {
          ui.mount();
          mounted = { host: ui.shadowHost, container: ui.uiContainer };
        }
        return mounted;
      },
      remove() {
        ui?.remove();
        mounted = null;
      },
      journey: (at, nav) => browser.runtime.sendMessage({ type: 'journey', ...at, nav }),
      features: FEATURES,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller.refresh());
    const unwatch = langItem.watch(async (choice) => {
      await applyLanguage(loadLocale, choice);
      await controller.refresh(true);
    });
    ctx.onInvalidated(unwatch);
    ctx.onInvalidated(() => controller.stop());
  },
});
