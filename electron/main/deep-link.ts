/**
 * Links to passages (`pizhu://article/<id>#p12`) written by the Markdown export. The OS hands
 * them to Pizhu on the command line (Windows, Linux: a second instance's argv) or as an
 * `open-url` event (macOS); main passes only well-formed ones on to the renderer.
 */
const ARTICLE_LINK = /^pizhu:\/\/article\/[A-Za-z0-9_%.-]{1,200}(#p\d{1,6})?$/;

export function isArticleLink(value: string): boolean {
  return ARTICLE_LINK.test(value);
}

/** The first article link among command-line arguments, if any. */
export function articleLinkFromArgv(argv: readonly string[]): string | undefined {
  return argv.find(isArticleLink);
}
