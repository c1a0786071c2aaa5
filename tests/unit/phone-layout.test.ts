/**
 * The one phone-layout rule (components/phone.ts), used by the help sheet, the anchored boxes and the
 * highlight: a viewport of 599 px or less, or a touch screen whose short side is 599 px or less; the zoom
 * scales our UI back to finger size when such a phone lays the page out much wider than its screen.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP_PAGE_RATIO, PHONE_MAX_WIDTH, phoneLayout } from '@/components/phone';

interface Fake {
  innerWidth: number;
  coarse?: boolean;
  screen?: { width: number; height: number };
}

/** A window whose media queries answer from its width and pointer, as a browser's would. */
function win({ innerWidth, coarse = false, screen = { width: 1920, height: 1080 } }: Fake): Window {
  const matchMedia = (q: string) => {
    const max = /\(max-width: (\d+)px\)/.exec(q);
    if (max) return { matches: innerWidth <= Number(max[1]) };
    if (q === '(pointer: coarse)') return { matches: coarse };
    return { matches: false };
  };
  return { innerWidth, matchMedia, screen } as unknown as Window;
}

describe('phoneLayout', () => {
  it('names its thresholds once', () => {
    expect(PHONE_MAX_WIDTH).toBe(599);
    expect(DESKTOP_PAGE_RATIO).toBe(1.15);
  });

  it('is a phone below 600 px of viewport, with a mouse too', () => {
    expect(phoneLayout(win({ innerWidth: 599 }))).toEqual({ phone: true, zoom: 1 });
    expect(phoneLayout(win({ innerWidth: 600 }))).toEqual({ phone: false, zoom: 1 });
    expect(phoneLayout(win({ innerWidth: 360, screen: { width: 360, height: 740 } }))).toEqual({ phone: true, zoom: 1 });
  });

  it('is a phone on a touch screen whose short side is below 600 px, whatever width the page lays out at', () => {
    const phone = { width: 360, height: 740 };
    expect(phoneLayout(win({ innerWidth: 980, coarse: true, screen: phone })).phone).toBe(true);
    expect(phoneLayout(win({ innerWidth: 980, coarse: true, screen: { width: 740, height: 599 } })).phone).toBe(true);
    // a tablet, a touch laptop: not a phone
    expect(phoneLayout(win({ innerWidth: 980, coarse: true, screen: { width: 800, height: 1280 } })).phone).toBe(false);
    expect(phoneLayout(win({ innerWidth: 1280, coarse: true, screen: { width: 600, height: 960 } })).phone).toBe(false);
    // a small screen with a mouse and a wide window is not one either
    expect(phoneLayout(win({ innerWidth: 980, coarse: false, screen: phone })).phone).toBe(false);
  });

  it('zooms only a phone showing a page more than 1.15 times wider than its screen', () => {
    const phone = { width: 360, height: 740 };
    expect(phoneLayout(win({ innerWidth: 980, coarse: true, screen: phone })).zoom).toBeCloseTo(980 / 360);
    expect(phoneLayout(win({ innerWidth: 410, coarse: true, screen: phone })).zoom).toBe(1); // 360 × 1.15 = 414
    expect(phoneLayout(win({ innerWidth: 420, coarse: true, screen: phone })).zoom).toBeCloseTo(420 / 360);
    expect(phoneLayout(win({ innerWidth: 360, coarse: true, screen: phone })).zoom).toBe(1);
    // not a phone: never zoomed
    expect(phoneLayout(win({ innerWidth: 980, coarse: true, screen: { width: 800, height: 1280 } })).zoom).toBe(1);
  });

  it('copes with a window without matchMedia or screen (no phone, no zoom)', () => {
    expect(phoneLayout({ innerWidth: 300 } as unknown as Window)).toEqual({ phone: false, zoom: 1 });
  });
});
