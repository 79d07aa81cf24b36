import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../renderer/dom/when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it('without requestIdleCallback runs on the next task, and cancel stops it', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran = vi.fn();
    whenIdle(ran, 500);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(ran).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    whenIdle(cancelled, 500)();
    vi.advanceTimersByTime(10);
    expect(cancelled).not.toHaveBeenCalled();
  });

  it('with requestIdleCallback asks for the idle moment with the time limit, and cancel cancels that request', () => {
    const request = vi.fn((_run: () => void, _options: { timeout: number }) => 7);
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', cancel);
    const ran = vi.fn();
    const stop = whenIdle(ran, 1000);
    expect(request).toHaveBeenCalledWith(ran, { timeout: 1000 });
    stop();
    expect(cancel).toHaveBeenCalledWith(7);
  });
});
