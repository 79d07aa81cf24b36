import { z } from 'zod';
import { err, ok, type ArticleMeta, type Result } from '../model';

const text = z.string().trim().min(1, 'expected a non-empty string');
const names = z.array(text);

/** The shape of `<name>.meta.json`: ArticleMeta fields (each optional), nothing else. */
export const SidecarSchema = z
  .object({
    title: text,
    subtitle: text,
    kicker: text,
    source: text,
    authors: names,
    year: z.number().int().min(1900).max(2100),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD'),
    places: names,
  })
  .partial()
  .strict();

/**
 * Parses and validates a sidecar's JSON. Errors name the file and the field:
 * `001_x.meta.json: year: expected int, received string`.
 */
export function parseSidecar(fileName: string, json: string): Result<Partial<ArticleMeta>> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return err(`${fileName}: invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = SidecarSchema.safeParse(data);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return err(`${fileName}: ${where}: ${issue?.message ?? 'invalid sidecar'}`);
}
