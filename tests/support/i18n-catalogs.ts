/**
 * Unit tests render either language at once (`<I18nProvider lang="en">`), as the app does once
 * a catalog has loaded: every catalog is loaded before each test file (the app loads English
 * on first use, see `loadCatalog`).
 */
import { loadCatalog } from '../../renderer/ui/i18n';

await Promise.all([loadCatalog('zh-CN'), loadCatalog('en')]);
