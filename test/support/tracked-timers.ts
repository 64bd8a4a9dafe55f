/**
 * Timers a loopback server schedules (delays, slow streams), tracked so `close()` can cancel them
 * and jest exits without open handles.
 */
export function trackedTimers(): { wait(ms: number): Promise<void>; clearAll(): void } {
  const timers = new Set<NodeJS.Timeout>();
  return {
    wait: (ms) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.add(timer);
      }),
    clearAll: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
