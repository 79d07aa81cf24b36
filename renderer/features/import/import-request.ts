/**
 * "File → Import…" chosen while another view is open: the app switches to the library and
 * the library's importer opens the picker once it is mounted.
 */
let pending = false;

export function requestImportOnMount(): void {
  pending = true;
}

export function takeImportRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}
