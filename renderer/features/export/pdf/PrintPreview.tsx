/**
 * The print HTML exactly as it will be printed, in a fully sandboxed frame: `sandbox=""`
 * gives it no scripts, no same-origin access and no navigation; `srcdoc` keeps it offline.
 */
export function PrintPreview({ html, title }: { html: string; title: string }) {
  return <iframe className="print-preview" title={title} sandbox="" srcDoc={html} />;
}
