/**
 * Language of the help: automatic (the browser's language) or one of the product's languages. A radio
 * group (native keyboard use: Tab into it, arrows to choose). Writes the stored choice (`langItem`); every
 * page and tab showing the help follows it. Portal-agnostic.
 */
import { useEffect, useState } from 'preact/hooks';
import { isRtl, LANGS, t } from '@/utils/i18n';
import { langItem, type LangChoice } from '@/utils/storage/lang';
import './LanguagePicker.css';

export interface LangStore {
  get(): Promise<LangChoice>;
  set(v: LangChoice): Promise<void>;
  watch(cb: (v: LangChoice) => void): () => void;
}

export const LANG_CHOICES: readonly LangChoice[] = ['auto', ...LANGS];

export function LanguagePicker({ store = langItem }: { store?: LangStore }) {
  const [value, setValue] = useState<LangChoice | null>(null);
  useEffect(() => {
    let live = true;
    void store.get().then((v) => live && setValue(v));
    const unwatch = store.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);

  const choose = (v: LangChoice) => {
    setValue(v);
    void store.set(v).catch(() => {});
  };

  return (
    <fieldset class="ce-lang" data-testid="language-picker">
      <legend class="ce-lang-legend">{t('language.legend')}</legend>
      {LANG_CHOICES.map((c) => {
        const own = c !== 'auto';
        return (
          <label key={c} class="ce-lang-choice">
            <input
              type="radio"
              name="ce-lang"
              value={c}
              data-testid={`language-${c}`}
              checked={value === c}
              disabled={value === null}
              onChange={() => choose(c)}
            />
            {/* A language's own name is written in that language (and read by screen readers in it). */}
            <span lang={own ? c : undefined} dir={own ? (isRtl(c) ? 'rtl' : 'ltr') : undefined}>
              {t(`language.${c}`)}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
