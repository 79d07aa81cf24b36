import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export interface ToastOptions {
  readonly action?: { readonly label: string; readonly run: () => void };
  /** Milliseconds before it disappears. */
  readonly duration?: number;
  readonly tone?: 'info' | 'error';
}

interface Toast extends ToastOptions {
  readonly id: number;
  readonly message: string;
}

type ShowToast = (message: string, options?: ToastOptions) => void;
const ToastContext = createContext<ShowToast>(() => undefined);

/** Short messages at the bottom of the window, announced to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback<ShowToast>(
    (message, options = {}) => {
      const id = next.current++;
      setToasts((all) => [...all.slice(-2), { id, message, ...options }]);
      setTimeout(() => dismiss(id), options.duration ?? (options.action ? 8000 : 3500));
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`} role={toast.tone === 'error' ? 'alert' : undefined}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  toast.action!.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = (): ShowToast => useContext(ToastContext);
