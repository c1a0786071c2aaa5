/**
 * The list of remembered choices (options page): rename, forget one, forget all, and the per-entry
 * « Choisir automatiquement la prochaine fois ». Portal-agnostic: rows come with their display strings.
 */
import { useState } from 'preact/hooks';
import { Text } from './Text';

export interface RememberedRow {
  key: string;
  /** The family's name for it, if any. */
  name?: string;
  choice: string;
  portal: string;
  establishment: string;
  lastUsed: string;
  auto: boolean;
  /** Accessible name of this row's forget button (names the entry). */
  forgetLabel: string;
}

export interface RememberedListLabels {
  listLabel: string;
  empty: string;
  nameLabel: string;
  rename: string;
  save: string;
  cancel: string;
  auto: string;
  autoHelp: string;
  forget: string;
  forgetAll: string;
  forgetAllConfirm: string;
  forgetAllAsk: string;
}

interface Props {
  rows: RememberedRow[];
  labels: RememberedListLabels;
  onRename(key: string, name: string): void;
  onAuto(key: string, on: boolean): void;
  onForget(key: string): void;
  onForgetAll(): void;
}

function Row({ row, labels, onRename, onAuto, onForget }: { row: RememberedRow } & Omit<Props, 'rows' | 'onForgetAll'>) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(row.name ?? '');
  const id = `r-${row.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    <li class="rl-row" data-testid="remember-entry" data-key={row.key}>
      <h3 class="rl-head">
        <Text s={row.name ?? row.choice} />
      </h3>
      <ul class="rl-facts">
        {row.name && (
          <li>
            <Text s={row.choice} />
          </li>
        )}
        <li>{row.portal}</li>
        <li>{row.establishment}</li>
        <li>{row.lastUsed}</li>
      </ul>
      {editing ? (
        <form
          class="rl-rename"
          onSubmit={(e) => {
            e.preventDefault();
            onRename(row.key, draft);
            setEditing(false);
          }}
        >
          <label for={`${id}-name`}>{labels.nameLabel}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={80}
            autocomplete="off"
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
            data-testid="remember-name-input"
          />
          <div class="rl-actions">
            <button type="submit" class="btn" data-testid="remember-save">
              {labels.save}
            </button>
            <button type="button" class="btn btn-secondary" onClick={() => setEditing(false)}>
              {labels.cancel}
            </button>
          </div>
        </form>
      ) : null}
      <div class="rl-auto">
        <input
          id={`${id}-auto`}
          type="checkbox"
          checked={row.auto}
          aria-describedby={`${id}-autohelp`}
          onChange={(e) => onAuto(row.key, (e.target as HTMLInputElement).checked)}
          data-testid="remember-auto"
        />
        <label for={`${id}-auto`}>{labels.auto}</label>
        <p id={`${id}-autohelp`} class="rl-help">
          <Text s={labels.autoHelp} />
        </p>
      </div>
      <div class="rl-actions">
        {!editing && (
          <button type="button" class="btn btn-secondary" data-testid="remember-rename" onClick={() => setEditing(true)}>
            {labels.rename}
          </button>
        )}
        <button
          type="button"
          class="btn btn-danger"
          data-testid="remember-forget"
          aria-label={row.forgetLabel}
          onClick={() => onForget(row.key)}
        >
          {labels.forget}
        </button>
      </div>
    </li>
  );
}

export function RememberedList(props: Props) {
  const { rows, labels, onForgetAll } = props;
  const [confirming, setConfirming] = useState(false);
  if (!rows.length) {
    return (
      <p class="rl-empty" data-testid="remember-empty">
        {labels.empty}
      </p>
    );
  }
  return (
    <>
      <ul class="rl-list" aria-label={labels.listLabel}>
        {rows.map((r) => (
          <Row key={r.key} row={r} {...props} />
        ))}
      </ul>
      <div class="rl-all">
        {confirming && (
          <p class="rl-warn" role="alert">
            {labels.forgetAllAsk}
          </p>
        )}
        <button
          type="button"
          class="btn btn-danger"
          data-testid="remember-forget-all"
          onClick={() => {
            if (!confirming) setConfirming(true);
            else {
              setConfirming(false);
              onForgetAll();
            }
          }}
        >
          {confirming ? labels.forgetAllConfirm : labels.forgetAll}
        </button>
      </div>
    </>
  );
}
