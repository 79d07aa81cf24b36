import type { DiagnosticLog } from './diagnostics';
import type { Unit } from './units';

/** How many earlier blocks a repeated sentence is looked for in. */
const WINDOW = 3;
const MIN_SENTENCE = 8;
const LEADING_SENTENCE = /^([·•．.…\s]*)(.+?[。！？](?:[”’」』）])?)/u;

/**
 * Removes text the layout printed twice: a block identical to one just before it, and a
 * leading sentence (often behind leader dots, `·····亮眼成绩成为…`) that repeats a
 * sentence of the previous few blocks. Each removal is logged; a block left empty goes.
 */
export function removeNearDuplicates(units: readonly Unit[], log: DiagnosticLog): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const recent = out.slice(-WINDOW);
    if (recent.some((r) => r.text === u.text && r.kind === u.kind)) {
      log.removal('duplicate', u.start, u.text);
      continue;
    }
    if (u.kind === 'paragraph') {
      const m = LEADING_SENTENCE.exec(u.text);
      const sentence = m?.[2]?.trim();
      if (m && sentence && sentence.length >= MIN_SENTENCE && recent.some((r) => r.text.includes(sentence))) {
        const rest = u.text.slice(m[0].length).trim();
        log.removal('duplicate', u.start, m[0].trim(), rest);
        if (!rest) continue;
        out.push({ ...u, text: rest });
        continue;
      }
    }
    out.push(u);
  }
  return out;
}
