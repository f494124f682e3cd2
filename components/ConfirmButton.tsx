/**
 * A button for what cannot be undone (deleting a coverage, forgetting a blog): the first press
 * asks, in place, what will be lost; only the second, on "Yes, …", does it. Focus goes to
 * "Cancel" (a second Enter keeps everything), and Escape cancels too.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n/t';

export interface ConfirmButtonProps {
  /** The button as first shown ("Delete"). */
  label: string;
  /** What will be lost, asked as a question ("Delete “Mars” and its 12 posts? …"). */
  question: string;
  /** The button that does it ("Yes, delete"). */
  confirmLabel: string;
  onConfirm: () => void;
}

export function ConfirmButton({ label, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    // Back to the first button once answered, so the keyboard stays where it was.
    else if (wasAsking.current) first.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button type="button" class="danger" ref={first} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span class="confirm" role="group" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <span class="question">{question}</span>{' '}
      <button
        type="button"
        class="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" ref={cancel} onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </span>
  );
}
