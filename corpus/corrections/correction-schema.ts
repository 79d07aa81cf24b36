import { z } from 'zod/mini';
import { importErrorIssueParams } from '../backup/import-error';
import { checkCorrectionFields, problemDetail, problemText } from './correction-checks';
import type { MetaCorrection, MetaCorrectionFields } from './meta-correction';

const names = z.array(z.string().check(z.minLength(1)));

/**
 * The stored correction's fields. Unknown keys are dropped (a newer release's extra field is
 * not an error); the value rules are `checkCorrectionFields`, reported on the field's path.
 */
export const metaCorrectionFieldsSchema: z.ZodMiniType<MetaCorrectionFields> = z
  .object({
    title: z.optional(z.string()),
    source: z.optional(z.string()),
    date: z.optional(z.string()),
    authors: z.optional(names),
    places: z.optional(names),
  })
  .check(
    z.superRefine((fields, ctx) => {
      for (const problem of checkCorrectionFields(fields))
        ctx.addIssue({ code: 'custom', path: [problem.field], message: problemText(problem), params: importErrorIssueParams(problemDetail(problem)) });
    }),
  );

/** A correction record as the store and backups keep it; checked on every write and read. */
export const metaCorrectionSchema: z.ZodMiniType<MetaCorrection> = z.object({
  articleId: z.string().check(z.minLength(1)),
  fileName: z.string(),
  fields: metaCorrectionFieldsSchema,
  modified: z.iso.datetime({ offset: true }),
});
