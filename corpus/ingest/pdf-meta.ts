import type { SourceMeta } from './source-document';
import { judgeMojibake } from './pdf-mojibake';

/** The PDF info dictionary and XMP fields the extractor reads, as plain strings. */
export interface PdfInfoFields {
  readonly title?: string;
  readonly author?: string;
  readonly subject?: string;
  readonly creationDate?: string;
  readonly modDate?: string;
  readonly language?: string;
  /** XMP dc:title / dc:creator / xmp:CreateDate, preferred when present (they are Unicode by definition). */
  readonly xmpTitle?: string;
  readonly xmpCreator?: string;
  readonly xmpCreateDate?: string;
}

/** Titles that name the file or the template, not the document: `Microsoft Word - x.doc`, `untitled`, `a.pdf`. */
const PLACEHOLDER_TITLE = [
  /^microsoft\s+(word|powerpoint|excel)\s*-/iu,
  /\.(docx?|pdf|xlsx?|pptx?|wps|txt|rtf|html?|indd|tmp)$/iu,
  /^(untitled|无标题|未命名|document\d*|文档\d*|title|标题|slide\s*\d*|新建.*文档)$/iu,
  /^[A-Za-z]+[A-Z][a-z]+[A-Za-z]*$/u, // camelCase template keys such as `gongGaoMingCheng`
];

/** Account names tools fill in by default. */
const PLACEHOLDER_AUTHOR = /^(a|admin|administrator|user|owner|author|unknown|微软用户|微软中国|dell|hp|lenovo|pc|china|windows 用户|用户)$/iu;

const clean = (value: string | undefined): string | undefined => {
  // Info strings may carry control characters (a NUL terminator, a BOM-less UTF-16 remnant).
  const text =
    value === undefined
      ? undefined
      : [...value]
          .filter((c) => c.charCodeAt(0) >= 0x20 || /\s/u.test(c))
          .join('')
          .replace(/\s+/gu, ' ')
          .trim();
  return text ? text : undefined;
};

/** A stated value worth showing: not empty, not one character, not mojibake, not replacement characters. */
function looksReal(value: string | undefined): value is string {
  if (!value || value.length < 2) return false;
  if (value.includes('\uFFFD') || /^[\p{P}\p{S}\d\s]+$/u.test(value)) return false;
  const verdict = judgeMojibake(value);
  return !(verdict.share > 0.3 && verdict.suspicious >= 2);
}

/** `D:20170328191634+08'00'` or ISO 8601 → `2017-03-28`; undefined when it is no plausible date. */
export function pdfDate(value: string | undefined): string | undefined {
  const m = value?.trim().match(/^(?:D:)?(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?/u);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) return undefined;
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month === undefined || month < 1 || month > 12) return String(year);
  const mm = String(month).padStart(2, '0');
  if (day === undefined || day < 1 || day > 31) return `${year}-${mm}`;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

/**
 * What a PDF states about itself, kept only where it looks real: placeholder titles
 * (`Microsoft Word - …`, file names, template keys), default account names and mojibake are
 * dropped. The creation date wins over the modification date (which a later re-save moves).
 */
export function pdfMeta(fields: PdfInfoFields): SourceMeta {
  const title = [clean(fields.xmpTitle), clean(fields.title)].find((t) => looksReal(t) && !PLACEHOLDER_TITLE.some((re) => re.test(t)));
  const authorText = [clean(fields.xmpCreator), clean(fields.author)].find((a) => looksReal(a) && !PLACEHOLDER_AUTHOR.test(a));
  const authors = authorText
    ?.split(/\s*[;；、，,]\s*/u)
    .map((a) => a.trim())
    .filter((a) => a !== '');
  const date = pdfDate(fields.xmpCreateDate) ?? pdfDate(fields.creationDate) ?? pdfDate(fields.modDate);
  const subject = clean(fields.subject);
  const language = clean(fields.language);
  return {
    ...(title ? { title } : {}),
    ...(authors && authors.length > 0 ? { authors } : {}),
    ...(date ? { date } : {}),
    ...(looksReal(subject) && subject !== title ? { description: subject } : {}),
    ...(language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u.test(language) ? { language } : {}),
  };
}
