/**
 * Export: an article as Markdown (`markdown/`), as an annotated PDF, and meeting packs of many
 * articles (`pdf/`). The reader shows the two buttons; the app shell the meeting-pack view.
 */
export { ExportMarkdownButton } from './markdown/ExportMarkdownButton';
export { ExportPdf } from './pdf/ExportPdf';
export { MeetingPackView } from './pdf/MeetingPackView';
export { useMeetingPackMenu } from './pdf/use-meeting-pack-menu';
