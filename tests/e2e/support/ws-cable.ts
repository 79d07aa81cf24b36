import type { BrowserContext, WebSocketRoute } from 'playwright-core';

/**
 * A laptop's network cable, as far as its WebSockets to one server go. Playwright's
 * `setOffline` fails new connections but leaves open WebSockets sending (and queues what they
 * receive), so it cannot take a live sync connection offline by itself: unplugging also cuts
 * the open sockets, and refuses new ones until plugged in again.
 */
export interface WsCable {
  unplug(): Promise<void>;
  plug(): Promise<void>;
}

/** Routes the context's WebSockets whose URL `matches` through a switch (call before the page opens them). */
export async function wsCable(context: BrowserContext, matches: (url: URL) => boolean): Promise<WsCable> {
  const open = new Set<WebSocketRoute>();
  let plugged = true;
  await context.routeWebSocket(matches, (ws) => {
    if (!plugged) {
      void ws.close({ code: 1001, reason: 'offline' }).catch(() => undefined);
      return;
    }
    ws.connectToServer();
    open.add(ws);
  });
  return {
    async unplug() {
      plugged = false;
      await context.setOffline(true);
      const cut = [...open];
      open.clear();
      await Promise.all(cut.map((ws) => ws.close({ code: 1001, reason: 'offline' }).catch(() => undefined)));
    },
    async plug() {
      await context.setOffline(false);
      plugged = true;
    },
  };
}
