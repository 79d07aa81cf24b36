import { useI18n } from './i18n';

/** A note's tags as shown beside it (reader, notebook, conflict dialog); nothing when there are none. */
export function TagList({ tags }: { readonly tags: readonly string[] }) {
  const { t } = useI18n();
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={t('note.tags')}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          #{tag}
        </li>
      ))}
    </ul>
  );
}
