/** Property-test runs, scaled by PROPERTY_RUNS_SCALE (mutation testing runs fewer; default 1). */
export const runs = (n: number): number => Math.max(20, Math.round(n * Number(process.env.PROPERTY_RUNS_SCALE ?? 1)));
