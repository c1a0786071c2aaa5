/**
 * A coloured status card with an icon (never colour alone): `ok` (green tick), `neutral` (blue "i"),
 * `danger` (red warning). Portal-agnostic: it shows the texts it is given.
 */
import type { ComponentChildren } from 'preact';

export type Tone = 'ok' | 'neutral' | 'danger';

const ICONS: Record<Tone, ComponentChildren> = {
  ok: <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />,
  neutral: <path d="M11 7h2v2h-2zm0 4h2v6h-2zm1-9a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16z" />,
  danger: <path d="M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z" />,
};

export function StatusCard(props: { tone: Tone; title: string; testId?: string; children?: ComponentChildren }) {
  return (
    <div class={`pp-status pp-${props.tone}`} data-testid={props.testId} data-tone={props.tone}>
      <svg class="pp-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
        {ICONS[props.tone]}
      </svg>
      <div class="pp-status-text">
        <h3 class="pp-status-title">{props.title}</h3>
        {props.children}
      </div>
    </div>
  );
}
