/**
 * The format-neutral source document: what every extractor (txt, md, html, docx, pdf)
 * produces and the one thing `corpus/normalize` reads. An extractor decides only what the
 * format itself says (a `<h2>`, a Word heading style, a bold run, a PDF page, a YAML front
 * matter field); the rules of written Chinese and English (titles, datelines, bylines,
 * residue, paragraph joining) live in the normalizer, once for every format.
 */

export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** What the format itself says about one line. All optional: plain text has none. */
export interface LineHint {
  /** Marked up as a heading (`#`, `<h2>`, Word "Heading 2", a clearly larger PDF font). */
  readonly heading?: HeadingLevel;
  /** The whole line is bold (`**…**` alone, `<strong>`-only paragraph, bold Word run, bold PDF font). */
  readonly bold?: boolean;
  /** A figure caption (`<figcaption>`, Word "Caption" style, image alt text shown as caption). */
  readonly caption?: boolean;
  /** A list item (its marker, when the format has one, is kept in `text`). */
  readonly list?: boolean;
  /** One table row, cells separated by a tab. */
  readonly table?: boolean;
  /** Preformatted / code text: never joined, never re-punctuated. */
  readonly code?: boolean;
  /** A block quote. */
  readonly quote?: boolean;
  /** 1-based page number (PDF). */
  readonly page?: number;
  /**
   * The format says this line is a whole paragraph (an HTML `<p>`, a Word paragraph, a
   * Markdown paragraph): it is not glued to the next line. Plain text and hard-wrapped
   * PDF lines leave it unset so the normalizer may rejoin them.
   */
  readonly block?: boolean;
}

/** One line of extracted text. `text` has no line breaks; '' is a blank line. */
export interface SourceLine {
  readonly text: string;
  readonly hint?: LineHint;
}

/**
 * Metadata the file states outside its text: YAML front matter, `<meta>`/`<time>`/JSON-LD,
 * Word core properties, the PDF info dictionary. Only what is actually there; never guessed.
 */
export interface SourceMeta {
  readonly title?: string;
  readonly subtitle?: string;
  readonly authors?: readonly string[];
  /** Publication or issuing body. */
  readonly source?: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  readonly date?: string;
  /** BCP 47 as declared: `zh-CN`, `zh-TW`, `zh-Hant`, `en` … */
  readonly language?: string;
  readonly description?: string;
  /** The site or app the file was saved from (og:site_name), when it is not the publication. */
  readonly siteName?: string;
  readonly url?: string;
}

/** Text the extractor left out of `lines` (navigation, running headers, page numbers), with why. */
export interface ExtractionRemoval {
  readonly text: string;
  /** Short machine reason: `navigation`, `running-header`, `page-number`, `front-matter`, `script` … */
  readonly reason: string;
  /** 1-based page (PDF) when known. */
  readonly page?: number;
}

export interface SourceDocument {
  readonly format: SourceFormat;
  readonly lines: readonly SourceLine[];
  readonly meta: SourceMeta;
  /** Everything the extractor did not put in `lines`, listed so nothing vanishes unseen. */
  readonly removed: readonly ExtractionRemoval[];
  /** How the bytes were decoded, for text formats (`utf-8`, `gb18030`, `big5`, `utf-16le` …). */
  readonly encoding?: string;
}

/** A plain-text document: one SourceLine per line, no hints. */
export function textDocument(text: string, format: SourceFormat = 'text', meta: SourceMeta = {}): SourceDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => ({ text: line }));
  return { format, lines, meta, removed: [] };
}

/** The document's lines as one text, as "show original" displays it. Block source spans index these lines (1-based). */
export function documentText(doc: Pick<SourceDocument, 'lines'>): string {
  return doc.lines.map((l) => l.text).join('\n');
}
