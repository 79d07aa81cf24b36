import { z } from 'zod/mini';
import { duplicateIdErrors } from '../backup/parse-backup';
import { importError, zodIssuesToImportErrors, type ImportError } from '../backup/import-error';
import { highlightColorSchema, isoTimestampSchema, textPositionSelectorSchema, textQuoteSelectorSchema } from '../backup/schemas';
import { err, ok, type Annotation, type HighlightColor, type Result, type TextPositionSelector, type TextQuoteSelector } from '../model';

/** Pizhu's extension terms live under this JSON-LD prefix. */
export const PIZHU_NS = 'https://pizhu.app/ns#';
export const W3C_ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3cTextualBody {
  readonly type: 'TextualBody';
  readonly value: string;
  readonly purpose: 'commenting' | 'tagging';
  readonly format?: 'text/markdown';
}

export interface W3cAnnotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'highlighting' | 'commenting';
  readonly created: string;
  readonly modified: string;
  readonly body: readonly W3cTextualBody[];
  readonly target: {
    readonly source: string;
    readonly selector: readonly [TextQuoteSelector, TextPositionSelector];
    readonly 'pizhu:contentHash': string;
  };
  readonly 'pizhu:color': HighlightColor;
}

/**
 * A W3C AnnotationCollection with its items inline (`items`, as an embedded single page),
 * so one file carries everything and import errors read `items[12].target…`.
 */
export interface W3cAnnotationCollection {
  readonly '@context': readonly [typeof W3C_ANNO_CONTEXT, { readonly pizhu: typeof PIZHU_NS }];
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly items: readonly W3cAnnotation[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ANNOTATION_URN = 'urn:pizhu:annotation:';
const ARTICLE_URL = 'pizhu://article/';

/** Annotation ids must be IRIs in W3C JSON: UUIDs become `urn:uuid:…`, others a Pizhu URN. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${ANNOTATION_URN}${encodeURIComponent(id)}`;
}

function idFromIri(iri: string): string {
  if (iri.startsWith('urn:uuid:')) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith(ANNOTATION_URN)) return decodeURIComponent(iri.slice(ANNOTATION_URN.length));
  return iri;
}

/** `pizhu://article/<id>`: the link that opens an article (add `#p12` for a paragraph). */
export function articleUrl(articleId: string): string {
  return `${ARTICLE_URL}${encodeURIComponent(articleId)}`;
}

function articleIdFromUrl(url: string): string {
  return url.startsWith(ARTICLE_URL) ? decodeURIComponent(url.slice(ARTICLE_URL.length).replace(/[#?].*$/, '')) : url;
}

function toW3c(a: Annotation): W3cAnnotation {
  const note = a.body.note;
  const body: W3cTextualBody[] = [
    ...(note ? [{ type: 'TextualBody', value: note, purpose: 'commenting', format: 'text/markdown' } as const] : []),
    ...a.body.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' }) as const),
  ];
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created: a.created,
    modified: a.modified,
    body,
    target: { source: articleUrl(a.target.source), selector: a.target.selector, 'pizhu:contentHash': a.target.contentHash },
    'pizhu:color': a.color,
  };
}

/** Annotations → a W3C AnnotationCollection (a JSON-ready object; `JSON.stringify` it). */
export function toAnnotationCollection(
  annotations: readonly Annotation[],
  options: { readonly id?: string; readonly label?: string } = {},
): W3cAnnotationCollection {
  return {
    '@context': [W3C_ANNO_CONTEXT, { pizhu: PIZHU_NS }],
    id: options.id ?? 'urn:pizhu:collection:export',
    type: 'AnnotationCollection',
    label: options.label ?? 'Pizhu annotations',
    total: annotations.length,
    items: annotations.map(toW3c),
  };
}

// Import accepts what other W3C tools write too: a single body or an array, selectors in
// any order (one of each kind required), prefix/suffix optional.
const textualBodySchema = z.object({
  type: z.literal('TextualBody'),
  value: z.string(),
  purpose: z.optional(z.enum(['commenting', 'tagging', 'describing'])),
});
const selectorSchema = z.discriminatedUnion('type', [
  z.extend(textQuoteSelectorSchema, { prefix: z._default(z.string(), ''), suffix: z._default(z.string(), '') }),
  textPositionSelectorSchema,
]);
const w3cAnnotationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.literal('Annotation'),
  created: isoTimestampSchema,
  modified: z.optional(isoTimestampSchema),
  body: z.optional(z.union([textualBodySchema, z.array(textualBodySchema)])),
  target: z.object({
    source: z.string().check(z.minLength(1)),
    selector: z.union([selectorSchema, z.array(selectorSchema)]),
    'pizhu:contentHash': z.optional(z.string()),
  }),
  'pizhu:color': z.optional(highlightColorSchema),
});
const collectionSchema = z.object({
  type: z.literal('AnnotationCollection'),
  items: z.array(w3cAnnotationSchema),
});

type ParsedW3cAnnotation = z.infer<typeof w3cAnnotationSchema>;

function fromW3c(item: ParsedW3cAnnotation, path: string): Result<Annotation, ImportError> {
  const selectors = Array.isArray(item.target.selector) ? item.target.selector : [item.target.selector];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote || !position) {
    return err(importError(`${path}.target.selector`, { code: 'selectors-missing' }));
  }
  if (position.end < position.start) {
    return err(importError(`${path}.target.selector[${selectors.indexOf(position)}].end`, { code: 'end-before-start', params: { start: position.start } }));
  }
  const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
  const note = bodies
    .filter((b) => b.purpose !== 'tagging')
    .map((b) => b.value)
    .join('\n\n');
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  return ok({
    id: idFromIri(item.id),
    kind: 'highlight',
    target: {
      source: articleIdFromUrl(item.target.source),
      contentHash: item.target['pizhu:contentHash'] ?? '',
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
    body: { note, tags },
    color: item['pizhu:color'] ?? 'yellow',
    created: item.created,
    modified: item.modified ?? item.created,
  });
}

/**
 * A W3C AnnotationCollection (parsed JSON) → annotations, all or nothing. Errors name the
 * item and field: `items[12].target.selector[0].exact: expected string`.
 */
export function fromAnnotationCollection(json: unknown): Result<Annotation[], ImportError[]> {
  const parsed = collectionSchema.safeParse(json);
  if (!parsed.success) return err(zodIssuesToImportErrors(parsed.error.issues));
  const errors: ImportError[] = [];
  const annotations: Annotation[] = [];
  parsed.data.items.forEach((item, i) => {
    const a = fromW3c(item, `items[${i}]`);
    if (a.ok) annotations.push(a.value);
    else errors.push(a.error);
  });
  if (errors.length > 0) return err(errors);
  // Indexes line up with items only when every item converted.
  const duplicates = duplicateIdErrors(annotations, 'items');
  return duplicates.length > 0 ? err(duplicates) : ok(annotations);
}
