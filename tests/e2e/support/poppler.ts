import { execFileSync } from 'node:child_process';

/** Whether poppler's pdfinfo, pdftotext and pdftoppm are installed (CI installs them). */
export const POPPLER = ['pdfinfo', 'pdftotext', 'pdftoppm'].every((tool) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
