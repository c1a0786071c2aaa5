/**
 * The Caps Lock warning next to the password field being typed in, on every recognised page (part of the
 * password help, ./password.tsx). A module of its own so that the content script loads the checklist and the
 * generator only on steps with new-password fields (docs/decisions/first-card.md).
 */
import { useEffect, useState } from 'preact/hooks';
import { Anchored } from '@/components/Anchored';
import type { Feature } from '@/overlay/feature';
import { currentLang, isRtl, t } from '@/utils/i18n';

export function isPasswordInput(el: unknown): el is HTMLInputElement {
  const e = el as HTMLInputElement | null;
  return !!e && e.nodeType === 1 && e.localName === 'input' && String(e.type).toLowerCase() === 'password';
}

/** The password field whose last key event said Caps Lock is on (null when off or when it lost focus). */
export function useCapsLock(doc: Document): HTMLInputElement | null {
  const [field, setField] = useState<HTMLInputElement | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = (e.composedPath?.()[0] ?? e.target) as unknown;
      if (!isPasswordInput(el)) return;
      const on = typeof e.getModifierState === 'function' && e.getModifierState('CapsLock');
      setField(on ? el : null);
    };
    const onOut = (e: FocusEvent) => {
      const el = (e.composedPath?.()[0] ?? e.target) as unknown;
      setField((f) => (f === el ? null : f));
    };
    doc.addEventListener('keydown', onKey, true);
    doc.addEventListener('keyup', onKey, true);
    doc.addEventListener('focusout', onOut, true);
    return () => {
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener('keyup', onKey, true);
      doc.removeEventListener('focusout', onOut, true);
    };
  }, [doc]);
  return field;
}

/** The Caps Lock warning, next to the password field being typed in. */
export function CapsLockWarning({ field }: { field: HTMLInputElement }) {
  return (
    <Anchored
      anchors={[field]}
      sides={['right', 'top', 'bottom']}
      phoneSides={['top', 'bottom']}
      avoid=".ce-pw-box, .ce-card"
      focused={true}
      width={280}
      class="ce-caps"
      testId="caps-lock-warning"
    >
      <p role="alert" class="ce-caps-text" dir={isRtl() ? 'rtl' : 'ltr'} lang={currentLang()}>
        <span class="ce-pw-icon" aria-hidden="true">
          ⇪
        </span>
        <span>{t('password.caps_lock')}</span>
      </p>
    </Anchored>
  );
}

/** The password help where the step has no new-password fields: what ./password.tsx renders there. */
function CapsLock({ doc }: { doc: Document }) {
  const caps = useCapsLock(doc);
  return caps && caps.isConnected ? <CapsLockWarning field={caps} /> : null;
}

export const capsLockFeature: Feature = {
  id: 'password',
  applies: () => true,
  layer: (ctx) => <CapsLock doc={ctx.doc} />,
};
