import { useEffect, useMemo, useState } from 'react';
import { anchorArticle } from '../../../corpus/anchoring';
import type { Article, TextOffset } from '../../../corpus/model';
import { initialsOf } from '../../../corpus/sync/team-docs';
import { createHighlightLayer } from '../../dom/paint-highlights';
import type { TextMap } from '../../dom/text-map';
import { useEarlierTexts } from '../../store/article-versions-repo';
import type { TeamNote } from '../../store/records';
import { useColleagueStyles, useOnlineForArticle, usePresence, useTeamNotes } from '../../store/team/team-service';
import { paintColleagueStyles, type ColleaguePerson } from './colleague-notes';

/** A colleague's note placed on the current text. */
export interface PlacedColleagueNote {
  readonly note: TeamNote;
  readonly start: TextOffset;
  readonly end: TextOffset;
  readonly initials: string;
  /** The author's highlight style (index into COLLEAGUE_STYLES). */
  readonly style: number;
}

/** '' shows everyone's notes, '-' nobody's, otherwise one author id. */
export type PersonFilter = string;

export interface ColleagueNotes {
  readonly placed: readonly PlacedColleagueNote[];
  readonly people: readonly ColleaguePerson[];
  /** Colleagues in a shared pack holding this article right now (presence). */
  readonly online: readonly string[];
  readonly filter: PersonFilter;
  setFilter(filter: PersonFilter): void;
}

/**
 * Colleagues' notes on this article (from shared packs), anchored on the current text and
 * painted apart from the user's own: one underline style per person (dashed, dotted, double,
 * wavy…, readable in black and white; colleague-notes.tsx), and the author's initials at the end
 * of each passage. Having the article open tells colleagues in its packs the user is here.
 */
export function useColleagueNotes(article: Article, text: string, map: TextMap | undefined): ColleagueNotes {
  const notes = useTeamNotes(article.id);
  const styles = useColleagueStyles();
  usePresence(useMemo(() => ({ kind: 'article' as const, articleId: article.id }), [article.id]));
  const online = useOnlineForArticle(article.id);
  const [filter, setFilter] = useState<PersonFilter>('');
  const people = useMemo(() => {
    const byId = new Map<string, string>();
    for (const n of notes ?? []) byId.set(n.authorId, n.authorName);
    return [...byId]
      .map(([id, name]) => ({ id, name, initials: initialsOf(name), style: styles.get(id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [notes, styles]);
  const earlier = useEarlierTexts(
    article,
    useMemo(() => notes?.map((n) => n.annotation), [notes]),
  );
  const placed = useMemo(() => {
    if (earlier === undefined) return [];
    const shown = (notes ?? []).filter((n) => filter === '' || n.authorId === filter);
    if (filter === '-' || shown.length === 0) return [];
    const { anchored } = anchorArticle(
      article,
      shown.map((note) => ({ target: note.annotation.target, note })),
      text,
      earlier,
    );
    return anchored.map((a) => {
      const { note } = a.annotation;
      return { note, start: a.start, end: a.end, initials: initialsOf(note.authorName), style: styles.get(note.authorId) ?? 0 };
    });
  }, [notes, filter, article, text, earlier, styles]);
  const layer = useMemo(() => createHighlightLayer(), []);
  useEffect(() => () => layer.clear(), [layer]);
  useEffect(() => {
    if (map) paintColleagueStyles(layer, map, placed);
  }, [map, placed, layer]);
  return { placed, people, online, filter, setFilter };
}
