// @ts-check
/**
 * Packaging for `npm run dist` (electron-builder 26). Identity is fixed forever: appId and the
 * app name decide where users' notes live. Validated by tests/electron/builder-config.test.ts
 * against app-builder-lib's own JSON schema.
 *
 * @type {import('app-builder-lib').Configuration}
 */
const config = {
  appId: 'app.pizhu.reader',
  productName: 'Pizhu 批注',
  // ASCII executable name: shells, .desktop files and package managers dislike spaces and CJK.
  executableName: 'pizhu',
  // ASCII file names for the installers too (the default uses productName).
  artifactName: 'pizhu-${version}-${os}-${arch}.${ext}',
  copyright: 'Copyright © Pizhu contributors',
  directories: { output: 'release', buildResources: 'build/resources' },
  // Everything the app runs is bundled by esbuild/Vite into dist/; no node_modules ship.
  files: ['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map'],
  asar: true,
  // No native modules: never rebuild (and never touch the network for it).
  npmRebuild: false,
  nodeGypRebuild: false,
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    // We serve the app from pizhu://, never file://.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    // deb needs a maintainer; package.json has no author e-mail.
    maintainer: 'Pizhu contributors <pizhu@users.noreply.github.com>',
    synopsis: 'Offline reader for Chinese briefings',
  },
  deb: { packageCategory: 'text' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  dmg: {},
};

module.exports = config;
