import { useEffect, useState } from 'react';

/** The app's places, kept in the URL hash so reload and back/forward work in both hosts. */
export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'reader'; readonly articleId: string; readonly block?: string; readonly find?: string }
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
        return { name: 'reader', articleId: parts[1], ...(block ? { block } : {}), ...(find ? { find } : {}) };
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
