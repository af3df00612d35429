import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { ApiError } from "../api/client";
import { describeProblem } from "../lib/problems";

/** The member-facing sentence for anything a call threw. */
export function messageOf(error: unknown): string {
  return describeProblem(error instanceof ApiError ? error.problem ?? { status: error.status } : undefined);
}

export function Alert({ kind, children }: { kind: "error" | "success" | "info"; children: ReactNode }) {
  return <div className={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"}>{children}</div>;
}

/** Loads data, and loads it again on `reload()`; `error` is already in the user's words. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { data: T | undefined; error: string | null; reload: () => void } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    run().then((value) => live && (setData(value), setError(null)), (e) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [run, version]);
  return { data, error, reload: () => setVersion((v) => v + 1) };
}

/** Runs a user action with a busy flag and its outcome as a message. */
export function useAction(): {
  busy: boolean;
  error: string | null;
  notice: string | null;
  run: (action: () => Promise<string | void>) => Promise<boolean>;
  clear: () => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = async (action: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const message = await action();
      if (message) setNotice(message);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, notice, run, clear: () => (setError(null), setNotice(null)) };
}

export function Outcome({ error, notice }: { error: string | null; notice: string | null }) {
  return (
    <>
      {error && <Alert kind="error">{error}</Alert>}
      {notice && <Alert kind="success">{notice}</Alert>}
    </>
  );
}

/** A labelled input; the label is tied to the control for screen readers. */
export function Field(props: {
  label: string;
  name: string;
  type?: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  autoComplete?: string;
  min?: number;
  hint?: string;
}) {
  const id = `field-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input id={id} name={props.name} type={props.type ?? "text"} value={props.value} required={props.required}
        autoComplete={props.autoComplete} min={props.min} aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)} />
      {props.hint && <small id={`${id}-hint`}>{props.hint}</small>}
    </div>
  );
}

export function Select(props: { label: string; name: string; value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  const id = `field-${props.name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** A modal confirmation that states the consequence before the user commits; focus moves into it and Escape closes it. */
export function ConfirmDialog(props: { title: string; children: ReactNode; confirmLabel: string; onConfirm: () => void; onClose: () => void; busy?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="dialog-title" onClose={props.onClose} className="dialog">
      <h2 id="dialog-title">{props.title}</h2>
      {props.children}
      <div className="actions">
        <button type="button" className="secondary" onClick={props.onClose}>Keep it</button>
        <button type="button" className="danger" disabled={props.busy} onClick={props.onConfirm}>{props.confirmLabel}</button>
      </div>
    </dialog>
  );
}

export function Page({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · classbook`;
  }, [title]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      {children}
    </section>
  );
}
