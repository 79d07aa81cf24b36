import { createContext, useContext, type ReactNode } from 'react';
import type { Article } from '../../corpus/model';
import type { SearchIndex } from '../../corpus/search';
import type { Host } from '../host/host';
import type { PizhuDb } from './db';

/** What the running app is made of; created once in main.tsx, injected for tests. */
export interface Services {
  readonly db: PizhuDb;
  readonly host: Host;
  /** The bundled corpus, loaded once at start-up. */
  readonly bundled: readonly Article[];
  /**
   * The prebuilt search index of the bundled corpus, loaded on first call (after first paint:
   * the search code and its Traditional/Simplified tables are not in the entry bundle).
   * Called again, it answers the same promise.
   */
  readonly bundledIndex: () => Promise<SearchIndex>;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesProvider>');
  return services;
}
