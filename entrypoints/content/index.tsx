import './style.css';
import { HOST_TAG, startController } from '@/utils/controller';
import type { JourneyView, NavKind } from '@/utils/journey';
import { applyLanguage } from '@/utils/locale';
import { ENT_MATCHES } from '@/utils/portals';
import { langItem } from '@/utils/storage/lang';
import { parseTabRequest, senderKind, whereReply } from '@/utils/messages';
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
    // Last journey position, kept for the popup's « Où en suis-je ? » (ids only).
    let lastJourney: JourneyView | null = null;
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
      journey: async (at, nav) => {
        lastJourney = ((await browser.runtime.sendMessage({ type: 'journey', ...at, nav })) as JourneyView | null) ?? null;
        return lastJourney;
      },
      features: FEATURES,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller.refresh());
    const unwatch = langItem.watch(async (choice) => {
      await applyLanguage(loadLocale, choice);
      await controller.refresh(true);
    });
    ctx.onInvalidated(unwatch);
    // The popup (our own extension page, through browser.tabs.sendMessage) asks which step this page is, or
    // asks to reopen the minimised help. Answers hold ids only, never page text.
    const reopenButton = () => (mounted?.container.querySelector('[data-testid="ce-reopen"]') as HTMLElement | null) ?? null;
    const onTabMessage = (raw: unknown, sender: Parameters<typeof senderKind>[0]) => {
      if (senderKind(sender, browser.runtime.id, browser.runtime.getURL('/' as '/popup.html'), () => false) !== 'page') return undefined;
      const req = parseTabRequest(raw);
      if (!req) return undefined;
      const answer = () => {
        const rec = controller.current();
        return whereReply(rec, rec ? lastJourney : null, !!reopenButton());
      };
      const button = req.type === 'reopen' ? reopenButton() : null;
      if (!button) return Promise.resolve(answer());
      // The help card's own reopen button: same path as a click on the page (the choice is remembered).
      button.click();
      return new Promise((resolve) => setTimeout(() => resolve(answer()), 60));
    };
    browser.runtime.onMessage.addListener(onTabMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTabMessage));
    ctx.onInvalidated(() => controller.stop());
  },
});
