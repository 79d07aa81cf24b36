import type { Translate } from '../../ui/i18n';
import type { ImportRefusal } from './import-file';
import { MAX_ARTICLE_CHARS, MAX_PDF_PAGES } from './import-limits';

/** The sentence explaining a refusal, in the UI language. */
export function refusalMessage(t: Translate, refusal: ImportRefusal): string {
  switch (refusal.reason) {
    case 'empty':
      return t('articleImport.reason.empty');
    case 'binary':
      return t('articleImport.reason.binary');
    case 'undecodable':
      return t('articleImport.reason.undecodable');
    case 'unsupported':
      return t('articleImport.reason.unsupported', { ext: refusal.detail ?? '' });
    case 'too-large':
      return t('articleImport.reason.tooLarge');
    case 'unreadable':
      return t('articleImport.reason.unreadable', { message: refusal.detail ?? '' });
    case 'duplicate':
      return t('articleImport.reason.duplicate', { title: refusal.detail ?? '' });
    case 'storage':
      return t('articleImport.reason.storage', { message: refusal.detail ?? '' });
    case 'too-long':
      return t('articleImport.reason.tooLong', { length: Number(refusal.detail), limit: MAX_ARTICLE_CHARS });
    case 'too-many-pages':
      return t('articleImport.reason.tooManyPages', { pages: Number(refusal.detail), limit: MAX_PDF_PAGES });
    case 'encoding-uncertain':
      return t('articleImport.reason.encodingUncertain', { encoding: refusal.detail ?? '' });
    case 'pdf-scanned':
      return t('articleImport.reason.pdfScanned');
    case 'pdf-encrypted':
      return t('articleImport.reason.pdfEncrypted');
    case 'pdf-garbled':
      return t('articleImport.reason.pdfGarbled');
    case 'corrupt':
      return t('articleImport.reason.corrupt', { message: refusal.detail ?? '' });
  }
}
