/** Injected by Vite from package.json. */
declare const __APP_VERSION__: string;
