import { useId, useLayoutEffect, useState, type RefObject } from 'react';
import type { TextOffset } from '../../../corpus/model';
import { COLLEAGUE_STYLES, colleagueHighlightName } from '../../../corpus/sync/colleague-styles';
import { unionOfSpans, type HighlightLayer } from '../../dom/paint-highlights';
import type { TextMap } from '../../dom/text-map';
import { useI18n } from '../../ui/i18n';
import type { ColleagueNotes, PlacedColleagueNote } from './use-colleague-notes';

/** A colleague with notes on this article, and how their highlights are drawn. */
export interface ColleaguePerson {
  readonly id: string;
  readonly name: string;
  readonly initials: string;
  /** Index into COLLEAGUE_STYLES (stable by author id: assignColleagueStyles). */
  readonly style: number;
}

/**
 * Paints colleagues' passages, one CSS highlight per style (`::highlight(pizhu-team-<n>)`,
 * styles.css): dashed, dotted, double, wavy, solid or over-and-under lines, so people differ
 * without colour; each also has its own hue on screen.
 */
export function paintColleagueStyles(layer: HighlightLayer, map: TextMap, placed: readonly PlacedColleagueNote[]): void {
  COLLEAGUE_STYLES.forEach((_name, style) => layer.paint(colleagueHighlightName(style), map, unionOfSpans(placed.filter((p) => p.style === style))));
}

/** The class that draws a person's style on a marker, legend swatch or list badge. */
const styleClass = (style: number): string => `colleague-style-${style}`;

interface Marker {
  readonly id: string;
  readonly top: number;
  readonly left: number;
  readonly initials: string;
  readonly style: number;
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
          style: p.style,
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
        <span
          key={m.id}
          className={`colleague-marker ${styleClass(m.style)}`}
          data-style={COLLEAGUE_STYLES[m.style]}
          style={{ top: m.top, left: m.left }}
          title={m.label}
          role="note"
          aria-label={m.label}
        >
          {m.initials}
        </span>
      ))}
    </div>
  );
}

/**
 * The side panel's list of colleagues' notes: who is in this article's packs now, a legend of
 * each person's highlight style (their initials drawn in it, the style named for screen
 * readers), the filter by person, and the notes.
 */
export function ColleagueNotesPanel({ colleagues, onJump }: { colleagues: ColleagueNotes; onJump: (offset: TextOffset) => void }) {
  const { t } = useI18n();
  const headingId = useId();
  const filterId = useId();
  const legendId = useId();
  if (colleagues.people.length === 0 && colleagues.online.length === 0) return null;
  return (
    <section className="colleague-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('team.colleagueNotes')}</h2>
      {colleagues.online.length > 0 && (
        <p className="settings-note team-online" role="status">
          {t('team.online', { names: colleagues.online.join('、') })}
        </p>
      )}
      <span id={legendId} className="visually-hidden">
        {t('team.styleLegend')}
      </span>
      {colleagues.people.length > 0 && (
        <ul className="colleague-legend" aria-labelledby={legendId}>
          {colleagues.people.map((p) => (
            <li key={p.id} data-style={COLLEAGUE_STYLES[p.style]}>
              <span className={`colleague-swatch ${styleClass(p.style)}`} aria-hidden="true">
                {p.initials}
              </span>
              <span>{p.name}</span>
              <span className="visually-hidden">（{t(`team.style.${COLLEAGUE_STYLES[p.style] ?? 'dashed'}`)}）</span>
            </li>
          ))}
        </ul>
      )}
      <div className="settings-row" hidden={colleagues.people.length === 0}>
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
              <span className={`colleague-marker-inline ${styleClass(p.style)}`} aria-hidden="true">
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
