/**
 * The part of pdf.js the PDF extractor uses, written out structurally so the browser build
 * (`pdfjs-dist`) and the Node legacy build (`pdfjs-dist/legacy/build/pdf.mjs`) both fit and
 * tests can inject either.
 */

export interface PdfJsTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly fontName: string;
}

export interface PdfJsPage {
  readonly view: readonly number[];
  getTextContent(): Promise<{ readonly items: readonly (PdfJsTextItem | { readonly type: string })[] }>;
  getOperatorList(): Promise<unknown>;
  readonly commonObjs: { has(id: string): boolean; get(id: string): unknown };
  cleanup(): boolean | void;
}

export interface PdfJsDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
  getMetadata(): Promise<{ readonly info: object; readonly metadata: { get(name: string): unknown } | null }>;
  destroy(): Promise<void>;
}

/** The options the extractor passes to `getDocument`; environment loaders may add asset URLs. */
export interface PdfJsDocumentOptions {
  data: Uint8Array;
  password?: string;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  useSystemFonts: boolean;
  stopAtErrors: boolean;
  verbosity: number;
  cMapUrl?: string;
  cMapPacked?: boolean;
  standardFontDataUrl?: string;
}

export interface PdfJsModule {
  getDocument(options: PdfJsDocumentOptions): { readonly promise: Promise<PdfJsDocument>; destroy(): Promise<void> };
}

/** A pdf.js module plus the asset locations (CMaps, standard fonts) its environment provides. */
export interface PdfJsEnvironment {
  readonly pdfjs: PdfJsModule;
  readonly assets?: Pick<PdfJsDocumentOptions, 'cMapUrl' | 'cMapPacked' | 'standardFontDataUrl'>;
}
