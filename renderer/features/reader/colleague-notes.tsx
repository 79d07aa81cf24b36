import { useId, useLayoutEffect, useState, type RefObject } from 'react';
import type { TextOffset } from '../../../corpus/model';
import type { TextMap } from '../../dom/text-map';
import { useI18n } from '../../ui/i18n';
import type { ColleagueNotes } from './use-colleague-notes';

interface Marker {
  readonly id: string;
  readonly top: number;
  readonly left: number;
  readonly initials: string;
  readonly label: string;
}

/** Initials markers at the end of each colleague's passage (an overlay; the text is untouched). */
export function ColleagueMarkers({
  map,
  colleagues,
  containerRef,
}: {
  map: TextMap | undefined;
  colleagues: ColleagueNotes;
  containerRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  const [markers, setMarkers] = useState<Marker[]>([]);
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!map || !container) return;
    const place = () => {
      const origin = container.getBoundingClientRect();
      const next: Marker[] = [];
      for (const p of colleagues.placed) {
        const rects = map.rangeOf(p.start, p.end)?.getClientRects();
        const last = rects && rects.length > 0 ? rects[rects.length - 1]! : undefined;
        if (!last) continue;
        const note = p.note.annotation.body.note;
        next.push({
          id: p.note.id,
          top: last.bottom - origin.top - 2,
          left: last.right - origin.left,
          initials: p.initials,
          label: `${t('team.noteBy', { name: p.note.authorName })}${note ? `：${note.slice(0, 80)}` : ''}`,
        });
      }
      setMarkers(next);
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(container);
    return () => observer.disconnect();
  }, [map, colleagues.placed, containerRef, t]);
  if (markers.length === 0) return null;
  return (
    <div className="colleague-markers" data-pizhu-ignore="">
      {markers.map((m) => (
        <span key={m.id} className="colleague-marker" style={{ top: m.top, left: m.left }} title={m.label} role="note" aria-label={m.label}>
          {m.initials}
        </span>
      ))}
    </div>
  );
}

/** The side panel's list of colleagues' notes, with the filter by person. */
export function ColleagueNotesPanel({ colleagues, onJump }: { colleagues: ColleagueNotes; onJump: (offset: TextOffset) => void }) {
  const { t } = useI18n();
  const headingId = useId();
  const filterId = useId();
  if (colleagues.people.length === 0) return null;
  return (
    <section className="colleague-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('team.colleagueNotes')}</h2>
      <div className="settings-row">
        <label htmlFor={filterId}>{t('team.showPeople')}</label>
        <select id={filterId} value={colleagues.filter} onChange={(e) => colleagues.setFilter(e.target.value)}>
          <option value="">{t('team.everyone')}</option>
          {colleagues.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value="-">{t('team.nobody')}</option>
        </select>
      </div>
      <ul className="colleague-note-list">
        {colleagues.placed.map((p) => (
          <li key={p.note.id}>
            <button type="button" className="colleague-note" onClick={() => onJump(p.start)}>
              <span className="colleague-marker-inline" aria-hidden="true">
                {p.initials}
              </span>
              <span className="visually-hidden">{t('team.noteBy', { name: p.note.authorName })}</span>
              <q>{p.note.annotation.target.selector[0].exact}</q>
              {p.note.annotation.body.note && <span className="colleague-note-text">{p.note.annotation.body.note}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
