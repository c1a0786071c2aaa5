/**
 * Options page (issue 6): the remembered choices — rename, forget one, forget all, automatic choice per
 * entry — and the school's managed pre-configuration, read-only.
 */
import { useEffect, useState } from 'preact/hooks';
import { ManagedInfo, type ManagedView } from '@/components/ManagedInfo';
import { RememberedList, type RememberedRow } from '@/components/RememberedList';
import { SituationAnswers, type SituationAnswerRow } from '@/components/SituationAnswers';
import { currentLang, isRtl, t } from '@/utils/i18n';
import { PORTALS } from '@/utils/portals';
import type { PortalId } from '@/utils/portals/types';
import { isSituation, type SituationMemory } from '@/utils/situation';
import { portalSituations, situationLabel, situationOption } from '@/utils/situation-choices';
import { type ChoiceEntry, forgetEntry, renameEntry, setAuto } from '@/utils/remember/entries';
import { choicesItem } from '@/utils/storage/choices';
import { forgetAllSituations, forgetSituation, rememberSituation, situationItem } from '@/utils/storage/situation';
import { MANAGED_LATE_MS, type ManagedConfig, readManagedConfig } from '@/utils/storage/managed';

const keyOf = (e: ChoiceEntry) => `${e.portal}|${e.establishment}|${e.value}`;
const portalName = (id: string) => PORTALS.find((p) => p.id === id)?.name ?? id;

function formatDate(ms: number): string {
  try {
    return new Intl.DateTimeFormat(currentLang(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString();
  }
}

/** One row per portal the family answered for, in the portals' order. */
function situationRows(mem: SituationMemory): SituationAnswerRow[] {
  return PORTALS.flatMap((p) => {
    const a = mem[p.id];
    if (!a) return [];
    const s = a.situation;
    return [
      {
        key: p.id,
        title: p.name,
        current: s ? t('situation.current', situationLabel(s)) : null,
        currentId: s,
        academie: a.academie ? t(`remember.options.situation_academie.${a.academie}`) : null,
        options: portalSituations(p).map(situationOption),
        forgetLabel: t('remember.options.situation_forget_named', p.name),
      },
    ];
  });
}

function managedView(m: ManagedConfig): ManagedView {
  const lines: string[] = [];
  if (m.portal) lines.push(t('remember.options.managed_portal', portalName(m.portal)));
  if (m.establishment) lines.push(t('remember.options.managed_establishment', m.establishment));
  if (m.suggested) {
    lines.push(t('remember.options.managed_suggested', m.suggested.label ?? m.suggested.value));
    lines.push(t('remember.options.managed_mine_first'));
  }
  const s = m.support ?? {};
  const support: string[] = [];
  if (s.name) support.push(t('remember.options.support_name', s.name));
  if (s.email) support.push(t('remember.options.support_email', s.email));
  if (s.phone) support.push(t('remember.options.support_phone', s.phone));
  if (s.hours) support.push(t('remember.options.support_hours', s.hours));
  return { lines, support };
}

export function App() {
  const [entries, setEntries] = useState<ChoiceEntry[] | null>(null);
  const [managed, setManaged] = useState<ManagedView | null>(null);
  const [situations, setSituations] = useState<SituationMemory | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.title = t('remember.options.page_title') || document.title;
    document.documentElement.lang = currentLang();
    document.documentElement.dir = isRtl() ? 'rtl' : 'ltr';
    void choicesItem.get().then(setEntries);
    // Managed storage may answer seconds after a browser start: the page is shown before, this part after.
    void readManagedConfig(MANAGED_LATE_MS).then((m) => setManaged(managedView(m)));
    void situationItem.get().then(setSituations, () => setSituations({}));
    const unwatch = [choicesItem.watch(setEntries), situationItem.watch(setSituations)];
    return () => unwatch.forEach((f) => f());
  }, []);
  const answer = async (fn: () => Promise<SituationMemory>, msg: string) => {
    const next = await fn().catch(() => null);
    if (next) {
      setSituations(next);
      setStatus(msg);
    }
  };

  const change = async (fn: (l: ChoiceEntry[]) => ChoiceEntry[], msg: string) => {
    const next = await choicesItem.update(fn).catch(() => null);
    if (next) {
      setEntries(next);
      setStatus(msg);
    }
  };
  const find = (key: string) => entries?.find((e) => keyOf(e) === key);

  const rows: RememberedRow[] = (entries ?? []).map((e) => {
    const title = e.name ?? e.label;
    return {
      key: keyOf(e),
      name: e.name,
      choice: t('remember.options.choice', e.label),
      portal: t('remember.options.portal', portalName(e.portal)),
      establishment: t('remember.options.establishment', e.establishment),
      lastUsed: t('remember.options.last_used', formatDate(e.lastUsed)),
      auto: e.auto,
      forgetLabel: t('remember.options.forget_named', title),
    };
  });

  return (
    <main class="page">
      <h1>{t('remember.options.title')}</h1>
      <p>{t('remember.options.intro')}</p>
      <p class="muted">{t('remember.options.privacy')}</p>
      <p class="status" role="status" aria-live="polite" data-testid="remember-status">
        {status}
      </p>
      <section aria-labelledby="h-list">
        <h2 id="h-list" class="sr-only">
          {t('remember.options.list_label')}
        </h2>
        {entries && (
          <RememberedList
            rows={rows}
            labels={{
              listLabel: t('remember.options.list_label'),
              empty: t('remember.options.empty'),
              nameLabel: t('remember.options.name_label'),
              rename: t('remember.options.rename'),
              save: t('remember.options.save'),
              cancel: t('remember.options.cancel'),
              auto: t('remember.options.auto'),
              autoHelp: t('remember.options.auto_help'),
              forget: t('remember.options.forget'),
              forgetAll: t('remember.options.forget_all'),
              forgetAllConfirm: t('remember.options.forget_all_confirm'),
              forgetAllAsk: t('remember.options.forget_all_ask'),
            }}
            onRename={(key, name) => {
              const e = find(key);
              if (e) void change((l) => renameEntry(l, e, name), t('remember.options.renamed'));
            }}
            onAuto={(key, on) => {
              const e = find(key);
              if (e) void change((l) => setAuto(l, e, on), t(on ? 'remember.options.auto_on' : 'remember.options.auto_off'));
            }}
            onForget={(key) => {
              const e = find(key);
              if (e) void change((l) => forgetEntry(l, e), t('remember.options.forgotten'));
            }}
            onForgetAll={() => {
              // "Tout oublier" also forgets the family's answers (situation, académie) on every portal.
              void forgetAllSituations().then(() => setSituations({}), () => undefined);
              void change(() => [], t('remember.options.all_forgotten'));
            }}
          />
        )}
      </section>
      <section aria-labelledby="h-situation" data-testid="situation-section">
        <h2 id="h-situation">{t('remember.options.situation_title')}</h2>
        <p>{t('remember.options.situation_intro')}</p>
        {situations && (
          <SituationAnswers
            rows={situationRows(situations)}
            labels={{
              none: t('remember.options.situation_none'),
              change: t('remember.options.situation_change'),
              forget: t('remember.options.situation_forget'),
            }}
            onChoose={(key, s) => {
              if (isSituation(s)) void answer(() => rememberSituation(key as PortalId, { situation: s }), t('remember.options.situation_changed'));
            }}
            onForget={(key) => void answer(() => forgetSituation(key as PortalId), t('remember.options.situation_forgotten'))}
          />
        )}
      </section>
      <section aria-labelledby="h-managed" class="managed">
        <h2 id="h-managed">{t('remember.options.managed_title')}</h2>
        {managed && (
          <ManagedInfo
            view={managed}
            labels={{
              intro: t('remember.options.managed_intro'),
              none: t('remember.options.managed_none'),
              supportTitle: t('remember.options.support_title'),
            }}
          />
        )}
      </section>
      <p class="muted">
        <a href={browser.runtime.getURL('/privacy.html')} data-testid="options-privacy-link">
          {t('privacy.link')}
        </a>
      </p>
    </main>
  );
}
