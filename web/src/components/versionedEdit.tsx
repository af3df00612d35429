import { useState, type FormEvent, type ReactNode } from "react";
import { useAction } from "./ui";

type IfMatch = { "If-Match": string } | undefined;

/**
 * Editing one resource under optimistic concurrency: the ETag read when editing starts goes back as
 * If-Match, so a save over someone else's change is refused instead of overwriting it.
 */
export function useVersionedEdit<T>() {
  const [editing, setEditing] = useState<{ item: T; etag?: string } | null>(null);
  const action = useAction();
  return {
    item: editing?.item ?? null,
    action,
    start: (item: T, readEtag: () => Promise<string | undefined>) =>
      action.run(async () => {
        const etag = await readEtag();
        setEditing({ item: { ...item }, etag });
      }),
    change: (patch: Partial<T>) => setEditing((e) => (e ? { ...e, item: { ...e.item, ...patch } } : e)),
    close: () => setEditing(null),
    save: (event: FormEvent, write: (item: T, ifMatch: IfMatch) => Promise<string>) => {
      event.preventDefault();
      if (!editing) return;
      const { item, etag } = editing;
      void action.run(async () => {
        const notice = await write(item, etag ? { "If-Match": etag } : undefined);
        setEditing(null);
        return notice;
      });
    },
  };
}

/** The edit form of a versioned resource: its fields, the switch that takes it off or on, Close and Save. */
export function EditCard(props: {
  name: string;
  onSubmit: (event: FormEvent) => void;
  onClose: () => void;
  busy: boolean;
  activeLabel: string;
  active: boolean;
  onActive: (active: boolean) => void;
  children: ReactNode;
}) {
  return (
    <form onSubmit={props.onSubmit} className="card narrow" aria-label={`Edit ${props.name}`}>
      <h2>Edit {props.name}</h2>
      {props.children}
      <div className="field checkbox">
        <input id="field-editActive" type="checkbox" checked={props.active} onChange={(e) => props.onActive(e.target.checked)} />
        <label htmlFor="field-editActive">{props.activeLabel}</label>
      </div>
      <div className="actions">
        <button type="button" className="secondary" onClick={props.onClose}>Close</button>
        <button type="submit" disabled={props.busy}>Save</button>
      </div>
    </form>
  );
}
