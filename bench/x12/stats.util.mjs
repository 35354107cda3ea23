// Small statistics helpers for benchmark runs.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Summarizes the runs of one parser on one file against the file's manifest. */
export function summarize(runs, manifest) {
  const failed = runs.find((r) => r.failure);
  if (failed) return { failure: failed.failure, runs: runs.length };
  const ms = median(runs.map((r) => r.ms));
  const correct = runs.every((r) => r.segments === manifest.segments && r.sumCents === manifest.sumCents && r.errors === 0);
  const first = runs[0];
  return {
    runs: runs.length,
    ms,
    mbPerS: manifest.bytes / 1e6 / (ms / 1000),
    segmentsPerS: manifest.segments / (ms / 1000),
    maxRssMB: median(runs.map((r) => r.maxRssMB)),
    correct,
    found: correct ? undefined : { segments: first.segments, sumCents: first.sumCents, errors: first.errors },
  };
}
