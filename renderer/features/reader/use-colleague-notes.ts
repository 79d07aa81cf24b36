import { useEffect, useMemo, useState } from 'react';
import { anchorArticle } from '../../../corpus/anchoring';
import type { Article, TextOffset } from '../../../corpus/model';
import { initialsOf } from '../../../corpus/sync/team-docs';
import { createHighlightLayer, unionOfSpans } from '../../dom/paint-highlights';
import type { TextMap } from '../../dom/text-map';
import { useEarlierTexts } from '../../store/article-versions-repo';
import type { TeamNote } from '../../store/records';
import { useTeamNotes } from '../../store/team/team-service';

/** A colleague's note placed on the current text. */
export interface PlacedColleagueNote {
  readonly note: TeamNote;
  readonly start: TextOffset;
  readonly end: TextOffset;
  readonly initials: string;
}

/** '' shows everyone's notes, '-' nobody's, otherwise one author id. */
export type PersonFilter = string;

export interface ColleagueNotes {
  readonly placed: readonly PlacedColleagueNote[];
  readonly people: readonly { readonly id: string; readonly name: string }[];
  readonly filter: PersonFilter;
  setFilter(filter: PersonFilter): void;
}

/**
 * Colleagues' notes on this article (from shared packs), anchored on the current text and
 * painted apart from the user's own: a dashed underline under `::highlight(pizhu-team)`, which
 * stays readable in black and white, and the author's initials at the end of each passage.
 */
export function useColleagueNotes(article: Article, text: string, map: TextMap | undefined): ColleagueNotes {
  const notes = useTeamNotes(article.id);
  const [filter, setFilter] = useState<PersonFilter>('');
  const people = useMemo(() => {
    const byId = new Map<string, string>();
    for (const n of notes ?? []) byId.set(n.authorId, n.authorName);
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [notes]);
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
    return anchored.map((a) => ({ note: a.annotation.note, start: a.start, end: a.end, initials: initialsOf(a.annotation.note.authorName) }));
  }, [notes, filter, article, text, earlier]);
  const layer = useMemo(() => createHighlightLayer(), []);
  useEffect(() => () => layer.clear(), [layer]);
  useEffect(() => {
    if (map) layer.paint('pizhu-team', map, unionOfSpans(placed));
  }, [map, placed, layer]);
  return { placed, people, filter, setFilter };
}
