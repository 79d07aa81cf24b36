// The renderer's layering, resolved on real paths (relative specifiers differ with depth, so
// no-restricted-imports patterns cannot say it): see ARCHITECTURE.md "Dependency rules".
//   features/<a>  may import features/<a>, ui, store, dom, host, corpus — and another feature only
//                 through that feature's public index.ts (never its internals), never app/.
//   ui, store, dom, host  never import features/ or app/ (they are the layers below features).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RENDERER = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer');
const LOWER = new Set(['ui', 'store', 'dom', 'host']);

/** Which renderer layer a path is in: { layer, feature, inFeature } or undefined outside renderer/. */
export function layerOf(file) {
  const rel = path.relative(RENDERER, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const [top, name, ...rest] = rel.split(path.sep);
  if (top === 'features' && name) return { layer: 'feature', feature: name, inFeature: rest.join('/') };
  return { layer: top };
}

const isPublicIndex = (inFeature) => inFeature === '' || /^index(\.tsx?)?$/.test(inFeature);

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'renderer layering: no feature imports another feature’s internals; lower layers never import features or app' },
    schema: [],
    messages: {
      crossFeature:
        'features/{{from}} imports features/{{to}}/{{path}}: features never import another feature’s internals. Move what both need down to ui/, store/, dom/, host/ or corpus/, or compose them in app/ (a feature’s public index.ts only if unavoidable).',
      featureToApp: 'features/{{from}} imports app/: app/ is the composition root, it imports features, never the other way. Shared code belongs in ui/.',
      upward: 'renderer/{{from}} imports {{to}}: ui/, store/, dom/ and host/ are below the features and never import features/ or app/.',
    },
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), source));
      if (!to) return;
      if (from.layer === 'feature') {
        if (to.layer === 'feature' && to.feature !== from.feature && !isPublicIndex(to.inFeature)) {
          context.report({ node, messageId: 'crossFeature', data: { from: from.feature, to: to.feature, path: to.inFeature } });
        } else if (to.layer === 'app') {
          context.report({ node, messageId: 'featureToApp', data: { from: from.feature } });
        }
      } else if (LOWER.has(from.layer) && (to.layer === 'feature' || to.layer === 'app')) {
        context.report({ node, messageId: 'upward', data: { from: from.layer, to: to.layer === 'feature' ? `features/${to.feature}` : 'app/' } });
      }
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { meta: { name: 'pizhu-layers' }, rules: { layers } };
