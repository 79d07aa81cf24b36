export { escapeHtml } from './escape-html';
export { segmentSpans, type Segment, type Span } from './segments';
export { noteMarker } from './note-marker';
export type { ArticlePrintInput, PageSize, PrintLang } from './print-types';
export { printFooterTemplate, printHeaderTemplate, renderArticlePrintHtml } from './print-html';
export { PAGE_MARGINS, HIGHLIGHT_INK } from './print-styles';
export {
  meetingPackTocMarkers,
  renderMeetingPackHtml,
  tocPagesFromPageTexts,
  type MeetingPackInput,
  type MeetingPackMode,
  type SummaryGrouping,
} from './meeting-pack';
export { escapeMarkdown, exportMarkdown, type MarkdownExportInput, type MarkdownFilter } from './markdown';
export { annotationIri, articleUrl, fromAnnotationCollection, toAnnotationCollection, type W3cAnnotation, type W3cAnnotationCollection } from './w3c';
