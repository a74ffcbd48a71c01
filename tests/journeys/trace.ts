// JOURNEY_TRACE=1 prints every driver step with how long it took: where a slow or stuck journey spends its time.
import { describeTarget, type Driver, type Target } from './driver';

export function traced<D extends Driver>(driver: D): D {
  if (!process.env.JOURNEY_TRACE) return driver;
  const started = Date.now();
  return new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]): Promise<unknown> => {
        const t = Date.now();
        try {
          return (await value.apply(target, args)) as unknown;
        } finally {
          const shown = args
            .map((arg) => (arg && typeof arg === 'object' && 'role' in arg ? describeTarget(arg as Target) : JSON.stringify(arg)))
            .join(', ')
            .slice(0, 160);
          console.log(`[${driver.browserName} +${Date.now() - started} ms] ${String(property)}(${shown}) ${Date.now() - t} ms`);
        }
      };
    },
  });
}
