import { useEffect, useState } from 'react';

/** Copies `value` to the clipboard and says so for two seconds. */
export function CopyButton({ value, label = 'Copiar' }: { value: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(t);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <button type="button" className="button button--small" onClick={copy} aria-live="polite">
      {state === 'copied' ? 'Copiado!' : state === 'failed' ? 'Copie manualmente' : label}
    </button>
  );
}

/** A read-only value with a copy button (secrets, links). */
export function CopyField({ label, value }: { label: string; value: string }) {
  return (
    <div className="copy-field">
      <label>
        <span className="copy-field__label">{label}</span>
        <input readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <CopyButton value={value} />
    </div>
  );
}
