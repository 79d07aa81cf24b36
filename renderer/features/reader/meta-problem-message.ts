import type { CorrectableField, FieldProblem } from '../../../corpus/corrections';
import type { MessageKey, Translate } from '../../ui/i18n';

/** Label key of each correctable field, for inputs, badges and reset buttons. */
export const FIELD_LABEL: Readonly<Record<CorrectableField, MessageKey>> = {
  title: 'editMeta.field.title',
  source: 'editMeta.field.source',
  date: 'editMeta.field.date',
  authors: 'editMeta.field.authors',
  places: 'editMeta.field.places',
};

/** A field problem in the user's language (the codes come from corpus/corrections). */
export function problemMessage(t: Translate, problem: FieldProblem): string {
  const limit = problem.limit ?? 0;
  switch (problem.code) {
    case 'title-empty':
      return t('editMeta.error.titleEmpty');
    case 'too-long':
      return t('editMeta.error.tooLong', { limit });
    case 'date-format':
      return t('editMeta.error.dateFormat');
    case 'date-invalid':
      return t('editMeta.error.dateInvalid');
    case 'list-item-too-long':
      return t('editMeta.error.listItemTooLong', { limit });
    case 'list-too-long':
      return t('editMeta.error.listTooLong', { limit });
  }
}
