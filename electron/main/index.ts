/**
 * Electron main entry (bundled to dist/electron/main.cjs). The only module with a side
 * effect: it starts the app. Everything else is plain functions.
 */
import { appPaths, startApp } from './start-app';

startApp(appPaths(__dirname));
