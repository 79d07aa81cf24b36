import { useEffect, useState } from 'react';

/** The app's places, kept in the URL hash so reload and back/forward work in both hosts. */
export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'reader'; readonly articleId: string; readonly block?: string; readonly find?: string; readonly para?: number }
  | { readonly name: 'notebook' }
  | { readonly name: 'pack' }
  | { readonly name: 'figures'; readonly articleId?: string }
  | { readonly name: 'settings' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').map((p) => decodeURIComponent(p));
  switch (parts[0]) {
    case 'read':
      if (parts[1]) {
        const block = params.get('b') ?? undefined;
        const find = params.get('q') ?? undefined;
        const para = Number(params.get('p'));
        return {
          name: 'reader',
          articleId: parts[1],
          ...(block ? { block } : {}),
          ...(find ? { find } : {}),
          ...(Number.isInteger(para) && para > 0 ? { para } : {}),
        };
      }
      return { name: 'library' };
    case 'notebook':
      return { name: 'notebook' };
    case 'pack':
      return { name: 'pack' };
    case 'figures': {
      const articleId = params.get('a') ?? undefined;
      return { name: 'figures', ...(articleId ? { articleId } : {}) };
    }
    case 'settings':
      return { name: 'settings' };
    default:
      return { name: 'library' };
  }
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/library';
    case 'notebook':
      return '#/notebook';
    case 'pack':
      return '#/pack';
    case 'figures':
      return route.articleId ? `#/figures?${new URLSearchParams({ a: route.articleId }).toString()}` : '#/figures';
    case 'settings':
      return '#/settings';
    case 'reader': {
      const params = new URLSearchParams();
      if (route.block) params.set('b', route.block);
      if (route.find) params.set('q', route.find);
      if (route.para) params.set('p', String(route.para));
      const query = params.toString();
      return `#/read/${encodeURIComponent(route.articleId)}${query ? `?${query}` : ''}`;
    }
  }
}

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (location.hash !== hash) location.hash = hash;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/**
 * Links that exports write (`pizhu://article/<id>#p12`, see corpus/export/markdown.ts) as an
 * in-app route, or undefined for anything else.
 */
export function routeFromPizhuLink(href: string): Route | undefined {
  const match = /^pizhu:\/\/article\/([^#?/]+)(?:#p(\d+))?$/.exec(href.trim());
  if (!match) return undefined;
  let articleId: string;
  try {
    articleId = decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
  const para = match[2] ? Number(match[2]) : undefined;
  return { name: 'reader', articleId, ...(para ? { para } : {}) };
}
