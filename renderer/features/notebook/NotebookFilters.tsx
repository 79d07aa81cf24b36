import { COLORS, type HighlightColor } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { GROUPINGS, type EntryAuthor, type NotebookGrouping, type TagCount } from './notebook-model';

/** The tag select's value for notes without tags ('' is every tag, any other value a tag). */
export const UNTAGGED_VALUE = '\u0000untagged';
/** The author select's value for the user's own notes ('' is everyone, any other value an author id). */
export const ME_VALUE = '\u0000me';

interface NotebookFiltersProps {
  readonly grouping: NotebookGrouping;
  readonly onGrouping: (grouping: NotebookGrouping) => void;
  readonly colors: readonly HighlightColor[];
  readonly colorNames: Record<HighlightColor, string>;
  readonly onToggleColor: (color: HighlightColor) => void;
  readonly tagValue: string;
  readonly tags: { readonly tags: readonly TagCount[]; readonly untagged: number };
  readonly onTag: (value: string) => void;
  readonly authorValue: string;
  readonly authors: readonly EntryAuthor[];
  readonly onAuthor: (value: string) => void;
  readonly text: string;
  readonly onText: (text: string) => void;
}

/** Grouping, colour, tag and author filters and the text box above the notebook's list. */
export function NotebookFilters({
  grouping,
  onGrouping,
  colors,
  colorNames,
  onToggleColor,
  tagValue,
  tags,
  onTag,
  authorValue,
  authors,
  onAuthor,
  text,
  onText,
}: NotebookFiltersProps) {
  const { t } = useI18n();
  return (
    <div className="notebook-filters">
      <fieldset className="segmented">
        <legend>{t('notebook.groupBy')}</legend>
        {GROUPINGS.map((g) => (
          <label key={g} className="segment">
            <input type="radio" name="notebook-grouping" value={g} checked={grouping === g} onChange={() => onGrouping(g)} />
            <span>{t(`notebook.group.${g}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="color-filter">
        <legend>{t('notebook.colors')}</legend>
        {COLORS.map((color) => (
          <label key={color} className="color-filter-chip">
            <input type="checkbox" checked={colors.includes(color)} onChange={() => onToggleColor(color)} />
            <span className={`color-chip chip-${color}`} aria-hidden="true" />
            <span>{colorNames[color]}</span>
          </label>
        ))}
      </fieldset>
      <label className="notebook-tag-filter">
        <span>{t('notebook.tag')}</span>
        <select value={tagValue} onChange={(e) => onTag(e.target.value)}>
          <option value="">{t('notebook.allTags')}</option>
          {tags.tags.map(({ tag: name, count }) => (
            <option key={name} value={name}>
              {t('figures.option', { name: `#${name}`, count })}
            </option>
          ))}
          {tags.untagged > 0 && <option value={UNTAGGED_VALUE}>{t('figures.option', { name: t('notebook.untagged'), count: tags.untagged })}</option>}
        </select>
      </label>
      {authors.length > 0 && (
        <label className="notebook-author-filter">
          <span>{t('team.author')}</span>
          <select value={authorValue} onChange={(e) => onAuthor(e.target.value)}>
            <option value="">{t('team.authorAll')}</option>
            <option value={ME_VALUE}>{t('team.authorMe')}</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <input
        type="search"
        className="notebook-search"
        aria-label={t('notebook.search')}
        placeholder={t('notebook.filter')}
        value={text}
        onChange={(e) => onText(e.target.value)}
      />
    </div>
  );
}
