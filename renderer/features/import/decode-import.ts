/** How an encoding (or a format, for Word and PDF files) is shown to people: `GB18030`, `UTF-8`, `BIG5`, `PDF`. */
export function encodingLabel(encoding: string): string {
  return encoding.toUpperCase();
}
