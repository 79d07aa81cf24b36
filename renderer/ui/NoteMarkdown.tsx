import { useEffect, useState, type ReactNode } from 'react';

type Render = (text: string) => ReactNode;

/**
 * A note's text as Markdown (see note-markdown-render.tsx). The Markdown parser is a chunk of
 * its own, shared with the importer's and fetched when the app starts; until it is there a note
 * shows as plain text with its line breaks, so nothing waits on it.
 */
let render: Render | undefined;
let loading: Promise<Render> | undefined;

export function loadNoteMarkdown(): Promise<Render> {
  loading ??= import('./note-markdown-render').then((m) => (render = m.renderNoteMarkdown));
  return loading;
}
void loadNoteMarkdown().catch(() => undefined);

export function NoteMarkdown({ text }: { text: string }) {
  const [ready, setReady] = useState<Render | undefined>(() => render);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadNoteMarkdown().then(
      (r) => live && setReady(() => r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ready]);
  return <div className="markdown-lite">{ready ? ready(text) : <p style={{ whiteSpace: 'pre-wrap' }}>{text}</p>}</div>;
}
