import { z } from 'zod/mini';
import { err, ok, type ArticleMeta, type Result } from '../model';

const text = z.string().check(z.trim(), z.minLength(1, 'expected a non-empty string'));
const names = z.array(text);

/** The shape of `<name>.meta.json`: ArticleMeta fields (each optional), nothing else. */
export const SidecarSchema = z.partial(
  z.strictObject({
    title: text,
    subtitle: text,
    kicker: text,
    source: text,
    authors: names,
    year: z.number().check(z.int(), z.gte(1900), z.lte(2100)),
    date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')),
    places: names,
  }),
);

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
  // zod/mini loads no locale: zod's English wording is asked for here, where it is shown.
  const parsed = SidecarSchema.safeParse(data, { error: z.locales.en().localeError });
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return err(`${fileName}: ${where}: ${issue?.message ?? 'invalid sidecar'}`);
}
