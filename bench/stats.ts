// Small helpers for printing benchmark figures. Figures only: nothing here passes or fails.

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function mean(samples: number[]): number {
  return samples.reduce((sum, value) => sum + value, 0) / samples.length;
}

export const ms = (value: number) => `${value.toFixed(2)} ms`;

export function summary(samples: number[]): string {
  return `p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}, mean ${ms(mean(samples))} (n=${samples.length})`;
}

export function heading(text: string): void {
  console.log(`\n## ${text}`);
}

export function line(label: string, value: string): void {
  console.log(`${label.padEnd(52)} ${value}`);
}

/** Runs `task` for each index with at most `concurrency` at once. */
export async function pool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await task(index);
      }
    }),
  );
  return results;
}

/** Runs `task` once to warm up, then `iterations` times, and returns each run's milliseconds. */
export async function sampleTimes(task: () => Promise<unknown>, iterations: number): Promise<number[]> {
  await task();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return samples;
}
