/** Where the page is: the real address, the host in bold (families learn to check it). */
import { t } from '@/utils/i18n';

export function AddressBar({ url }: { url: string }) {
  let u: URL | null = null;
  try {
    u = new URL(url);
  } catch {
    u = null;
  }
  return (
    <div class="addr" data-testid="demo-address">
      <svg class="addr-lock" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.8" />
      </svg>
      <span class="sr-only">{t('demo.address')}</span>
      {u ? (
        <span class="addr-url">
          {u.protocol}//<strong>{u.host}</strong>
          {u.pathname}
          {u.search}
        </span>
      ) : (
        <span class="addr-url">{url}</span>
      )}
    </div>
  );
}
