/**
 * The family's situation in the card (issue 19). Where the roads part (home, chooser, login) and neither the
 * page nor an earlier answer tells which one the family is on, the card asks once: « which letter do you
 * have? », one button per road possible on this step; on mon ENT Occitanie, the académie by département.
 * An answer is kept per portal (ids only) and the page is shown again on that road at once: ring, text,
 * counter and « Ensuite » together. A kept answer is shown with « Ce n'est pas ma situation », which forgets
 * it and asks again. Page evidence (an activation page…) is not an answer: nothing to change there.
 * Generic over the steps' data (`asks`, `bySituation`): nothing here names a portal or a step.
 */
import { SituationCurrent, SituationQuestion } from '@/components/SituationQuestion';
import type { Feature, FeatureContext, SituationContext } from '@/overlay/feature';
import { t } from '@/utils/i18n';
import { situationOption } from '@/utils/situation-choices';
import {
  ACADEMIES,
  type Academie,
  academieButtonKey,
  needsQuestion,
  QUESTION_KEYS,
  type Situation,
  situationButtonKey,
  situationsAt,
  variantFor,
} from '@/utils/situation';

/** The button just pressed leaves the card: the next thing shown takes the focus (once). */
let focusNext = false;
function takeFocus(): boolean {
  const f = focusNext;
  focusNext = false;
  return f;
}

function choose(s: SituationContext, answer: Parameters<SituationContext['answer']>[0]): void {
  focusNext = true;
  void s.answer(answer).catch(() => {});
}

/** Does the card show the question or the answer on this page? */
function shown(ctx: FeatureContext): boolean {
  const s = ctx.situation;
  if (!s) return false;
  if (needsQuestion(ctx.rec, s.deduction)) return true;
  // A kept answer, where it decides something (the roads part here): shown, and changeable.
  return s.deduction.from === 'remembered' && situationsAt(ctx.rec.stepDef).length > 0;
}

function SituationLead({ ctx, s }: { ctx: FeatureContext; s: SituationContext }) {
  const focus = takeFocus();
  const d = s.deduction;
  const q = needsQuestion(ctx.rec, d);
  const current = s.current;
  if (q === 'situation') {
    return (
      <SituationQuestion
        question={t(QUESTION_KEYS.question)}
        hint={t(QUESTION_KEYS.hint)}
        kind="situation"
        choices={situationsAt(ctx.rec.stepDef).map(situationOption)}
        focus={focus}
        onChoose={(id) => choose(s, { situation: id as Situation, academie: current?.academie ?? null })}
      />
    );
  }
  const road = d.situation ? t(QUESTION_KEYS.current, t(situationButtonKey(d.situation))) : '';
  const notMine = () => choose(s, { situation: null, academie: current?.academie ?? null });
  const roadLine = d.from === 'remembered' && d.situation && (
    <SituationCurrent text={road} change={t(QUESTION_KEYS.notMine)} onChange={notMine} focus={focus && q !== 'academie'} />
  );
  if (q === 'academie') {
    return (
      <>
        {roadLine}
        <SituationQuestion
          question={t(QUESTION_KEYS.academieQuestion)}
          explain={t(QUESTION_KEYS.academieExplain)}
          hint={t(QUESTION_KEYS.hint)}
          kind="academie"
          choices={ACADEMIES.map((id) => ({ id, label: t(academieButtonKey(id)) }))}
          focus={focus}
          onChoose={(id) => choose(s, { situation: current?.situation ?? d.situation, academie: id as Academie })}
        />
      </>
    );
  }
  // The académie counts on this road here (its line on the chooser): shown, and changeable on its own.
  const byAcademie = variantFor(ctx.rec.stepDef.bySituation, d.situation)?.byAcademie;
  return (
    <>
      {roadLine}
      {byAcademie && d.academie && (
        <SituationCurrent
          testid="academie-current"
          text={t(academieButtonKey(d.academie))}
          change={t(QUESTION_KEYS.academieNotMine)}
          onChange={() => choose(s, { situation: current?.situation ?? null, academie: null })}
        />
      )}
    </>
  );
}

export const situationFeature: Feature = {
  id: 'situation',
  applies: shown,
  lead: (ctx) => (ctx.situation ? <SituationLead ctx={ctx} s={ctx.situation} /> : null),
};
