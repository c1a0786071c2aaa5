/**
 * Password help (issue 5). On steps that declare `newPassword` fields: a live checklist of the portal's rule
 * kept next to the field being typed in, the "both passwords are the same" line once the confirmation is
 * typed, the standard `passwordrules` and `autocomplete="new-password"` attributes, and a memorable compliant
 * proposal. On every recognised page: a Caps Lock warning next to the focused password field (./caps-lock.tsx,
 * a chunk of its own in the content script: docs/decisions/first-card.md).
 *
 * Privacy: the fields' values are read in `input` handlers only to compute met/unmet; they are never kept,
 * logged, stored or sent. The proposal lives in this component's memory and in our shadow-root UI only.
 * The page's fields are never blocked (paste included) and only changed on « Remplir les deux champs ».
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { Anchored } from '@/components/Anchored';
import { PasswordChecklist, type ChecklistLine } from '@/components/PasswordChecklist';
import { PasswordProposal } from '@/components/PasswordProposal';
import type { Feature, FeatureContext } from '@/overlay/feature';
import { CapsLockWarning, useCapsLock } from '@/overlay/features/caps-lock';
import { currentLang, isRtl, t } from '@/utils/i18n';
import { generate } from '@/utils/password/generate';
import {
  check,
  explain,
  passwordRules,
  spacedSpecials,
  strictChars,
  type Problem,
  type RuleCheck,
  type RuleId,
} from '@/utils/password/rules';
import type { PasswordRuleDef, StepDef } from '@/utils/portals/types';

type NewPasswordDef = NonNullable<StepDef['newPassword']>;

/** The new-password field and its confirmation. */
interface Fields {
  field: HTMLInputElement;
  confirm: HTMLInputElement | null;
}

function shown(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/** The new-password field and its confirmation: visible matches first (pages keep hidden copies). */
export function findNewPasswordFields(doc: Document, def: NewPasswordDef): Fields | null {
  const inputs = (sel: string) =>
    [...doc.querySelectorAll(sel)].filter((e): e is HTMLInputElement => e.localName === 'input');
  const all = inputs(def.fields);
  const visible = all.filter(shown);
  const list = visible.length ? visible : all;
  const field = list[0];
  if (!field) return null;
  let confirm: HTMLInputElement | null = null;
  if (def.confirm) {
    const c = inputs(def.confirm).filter((e) => e !== field);
    confirm = c.find(shown) ?? c[0] ?? null;
  } else confirm = list[1] ?? null;
  return { field, confirm };
}

/** The text of a checklist line for this rule. */
export function lineText(rule: PasswordRuleDef, id: RuleId): string {
  switch (id) {
    case 'length':
      return t('password.rule.length', rule.minLength);
    case 'kinds':
      return t('password.rule.kinds', rule.minKinds ?? 0);
    case 'special':
      return rule.specials ? t('password.rule.special', spacedSpecials(rule)) : t('password.rule.special_any');
    case 'chars':
      return t(strictChars(rule) ? 'password.rule.chars_strict' : 'password.rule.chars_advice');
    default:
      return t(`password.rule.${id}`);
  }
}

export function problemText(p: Problem): string {
  return t(p.key, p.char, p.instead);
}

/** Sets the value the way a user would: native setter, then `input` and `change` so the page's code sees it. */
export function fillInput(el: HTMLInputElement, value: string): void {
  const proto = (globalThis.HTMLInputElement ?? el.ownerDocument.defaultView?.HTMLInputElement)?.prototype;
  const setter = proto && Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The standard `passwordrules` and `autocomplete="new-password"`, only where the page set none. */
function useFieldAttributes(rule: PasswordRuleDef, { field, confirm }: Fields): void {
  useEffect(() => {
    const rules = passwordRules(rule);
    for (const el of [field, confirm]) {
      if (!el) continue;
      if (!el.hasAttribute('passwordrules')) el.setAttribute('passwordrules', rules);
      if (!el.getAttribute('autocomplete')?.trim()) el.setAttribute('autocomplete', 'new-password');
    }
  }, [rule, field, confirm]);
}

interface RuleState {
  checks: RuleCheck[];
  problems: Problem[];
  /** Whether both fields hold the same password; null until the confirmation is typed. */
  same: boolean | null;
  /** What screen readers hear: only the rules (and the match) that changed state. */
  announce: string;
}

/** The rule's checklist, recomputed from the fields' current values on every `input` / `change`. */
function useRuleChecks(rule: PasswordRuleDef, { field, confirm }: Fields): RuleState {
  const [checks, setChecks] = useState<RuleCheck[]>(() => check(rule, ''));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [same, setSame] = useState<boolean | null>(null);
  const [announce, setAnnounce] = useState('');
  const prev = useRef<RuleCheck[]>(checks);
  const prevSame = useRef<boolean | null>(null);
  const confirmTyped = useRef(false);

  // Recompute from the fields' current values; announce only what changed state.
  const evaluate = useCallback(
    (fromConfirm: boolean) => {
      const value = field.value;
      const c = check(rule, value);
      const parts = c
        .filter((x, i) => prev.current[i]?.met !== x.met)
        .map((x) => t(x.met ? 'password.announce_met' : 'password.announce_unmet', lineText(rule, x.id)));
      prev.current = c;
      setChecks(c);
      setProblems(explain(rule, value));
      if (confirm && fromConfirm && confirm.value !== '') confirmTyped.current = true;
      if (confirm && confirmTyped.current) {
        const s = value === confirm.value;
        if (s !== prevSame.current) parts.push(t(s ? 'password.match_yes' : 'password.match_no'));
        prevSame.current = s;
        setSame(s);
      }
      if (parts.length) setAnnounce(parts.join(' '));
    },
    [rule, field, confirm],
  );

  useEffect(() => {
    const onField = () => evaluate(false);
    const onConfirmInput = () => evaluate(true);
    field.addEventListener('input', onField);
    field.addEventListener('change', onField);
    confirm?.addEventListener('input', onConfirmInput);
    confirm?.addEventListener('change', onConfirmInput);
    // Already filled (browser autofill, back navigation): show its state at once, silently.
    if (field.value) {
      prev.current = check(rule, field.value);
      evaluate(!!confirm?.value);
      setAnnounce('');
    }
    return () => {
      field.removeEventListener('input', onField);
      field.removeEventListener('change', onField);
      confirm?.removeEventListener('input', onConfirmInput);
      confirm?.removeEventListener('change', onConfirmInput);
    };
  }, [rule, field, confirm, evaluate]);

  return { checks, problems, same, announce };
}

/** Whether the user works in the fields or in our box (then the box may cover the form's submit button). */
function useWorkingHere({ field, confirm }: Fields, box: RefObject<HTMLElement | null>): boolean {
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    const doc = field.ownerDocument;
    const inside = (path: EventTarget[]) =>
      path.includes(field) || (!!confirm && path.includes(confirm)) || (!!box.current && path.includes(box.current));
    const onIn = (e: FocusEvent) => setFocused(inside(e.composedPath()));
    const onOut = (e: FocusEvent) => {
      // Focus lost to nowhere; not when one of our own buttons was replaced (focus then falls to the body).
      if (!e.relatedTarget && !(box.current && e.composedPath().includes(box.current))) setFocused(false);
    };
    doc.addEventListener('focusin', onIn, true);
    doc.addEventListener('focusout', onOut, true);
    if (doc.activeElement === field || doc.activeElement === confirm) setFocused(true);
    return () => {
      doc.removeEventListener('focusin', onIn, true);
      doc.removeEventListener('focusout', onOut, true);
    };
  }, [field, confirm]);
  return focused;
}

/** No clipboard API or permission: copy through a selection inside our own shadow-root UI (never the page). */
function copyThroughSelection(host: HTMLElement, text: string): boolean {
  const doc = host.ownerDocument;
  const ta = doc.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.setAttribute('aria-hidden', 'true');
  ta.className = 'ce-sr-only';
  host.appendChild(ta);
  ta.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}

/** The proposed password (in this component's memory only) and what the user does with it. */
function useProposal(rule: PasswordRuleDef, { field, confirm }: Fields, box: RefObject<HTMLElement | null>) {
  const [proposal, setProposal] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const onGenerate = () => {
    setProposal(generate(rule));
    setStatus('');
  };
  const onFill = () => {
    if (!proposal) return;
    fillInput(field, proposal);
    if (confirm) fillInput(confirm, proposal);
    setStatus(t('password.filled'));
  };
  const onCopy = () => {
    if (!proposal) return;
    const done = () => setStatus(t('password.copied'));
    const fallback = () => {
      const host = box.current;
      if (!host?.ownerDocument) return setStatus(t('password.copy_failed'));
      setStatus(t(copyThroughSelection(host, proposal) ? 'password.copied' : 'password.copy_failed'));
    };
    try {
      const clip = navigator.clipboard;
      if (clip?.writeText) void clip.writeText(proposal).then(done, fallback);
      else fallback();
    } catch {
      fallback();
    }
  };
  return { proposal, status, onGenerate, onFill, onCopy };
}

const checklistLabels = () => ({
  title: t('password.title'),
  list: t('password.list'),
  required: t('password.required'),
  met: t('password.met'),
  unmet: t('password.unmet'),
  advice: t('password.advice'),
  adviceUnmet: t('password.advice_unmet'),
});

const proposalLabels = (twoFields: boolean) => ({
  generate: t('password.generate'),
  label: t('password.proposal_label'),
  hint: t('password.proposal_hint'),
  copy: t('password.copy'),
  fill: twoFields ? t('password.fill') : t('password.fill_one'),
  again: t('password.again'),
});

/** The checklist and the proposal in a box anchored beside the fields (below or above them on phones). */
function NewPassword({ rule, fields }: { rule: PasswordRuleDef; fields: Fields }) {
  const { field, confirm } = fields;
  const box = useRef<HTMLDivElement>(null);
  useFieldAttributes(rule, fields);
  const { checks, problems, same, announce } = useRuleChecks(rule, fields);
  const focused = useWorkingHere(fields, box);
  const { proposal, status, onGenerate, onCopy, onFill } = useProposal(rule, fields, box);
  const submits = useCallback(
    () => (field.form ? [...field.form.querySelectorAll('[type=submit], [type=image], button:not([type])')] : []),
    [field],
  );

  const lines: ChecklistLine[] = checks.map((c) => ({ ...c, text: lineText(rule, c.id) }));
  const rtl = isRtl();
  const generator = (
    <PasswordProposal
      password={proposal}
      status={status}
      labels={proposalLabels(!!confirm)}
      onGenerate={onGenerate}
      onCopy={onCopy}
      onFill={onFill}
    />
  );
  return (
    <Anchored
      anchors={confirm ? [field, confirm] : [field]}
      sides={rtl ? ['left', 'right', 'bottom', 'top'] : ['right', 'left', 'bottom', 'top']}
      phoneSides={['bottom', 'top']}
      avoid=".ce-card, .ce-fab"
      soft={submits}
      focused={focused}
      class="ce-pw-box"
      testId="password-help"
    >
      <div ref={box} class="ce-pw-inner" tabIndex={-1} dir={rtl ? 'rtl' : 'ltr'} lang={currentLang()}>
        <PasswordChecklist
          lines={lines}
          labels={checklistLabels()}
          problems={problems.map(problemText)}
          match={same === null ? null : { same, text: t(same ? 'password.match_yes' : 'password.match_no') }}
          announce={announce}
          before={proposal ? generator : null}
        >
          {!proposal && generator}
        </PasswordChecklist>
      </div>
    </Anchored>
  );
}

/** The step's password rule and new-password field definition, when it declares both. */
function newPasswordOf({ rec }: FeatureContext): { rule: PasswordRuleDef; def: NewPasswordDef } | null {
  // A front's own rule (MCE: 12 characters, 3 kinds) before the portal's (cerbere2).
  const rule = rec.stepDef.password ?? rec.portalDef.password;
  const def = rec.stepDef.newPassword;
  return rule && def ? { rule, def } : null;
}

function PasswordHelp({ ctx }: { ctx: FeatureContext }) {
  const { rec, doc } = ctx;
  const caps = useCapsLock(doc);
  const np = newPasswordOf(ctx);
  const fields = np ? findNewPasswordFields(doc, np.def) : null;
  return (
    <>
      {np && fields && <NewPassword key={`${rec.portal}/${rec.step}/${rec.front ?? ''}`} rule={np.rule} fields={fields} />}
      {caps && caps.isConnected && <CapsLockWarning field={caps} />}
    </>
  );
}

export const passwordFeature: Feature = {
  id: 'password',
  // Every recognised page: the Caps Lock warning goes next to any password field (login included); the
  // checklist and the proposal only where the step declares new-password fields and the portal a rule.
  applies: () => true,
  layer: (ctx) => <PasswordHelp ctx={ctx} />,
};
