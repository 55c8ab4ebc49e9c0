import type { Po4aComparison } from './compare-po4a.js';

/** What one bench run measured at one size, against the targets of the issue on speed. */
export interface TargetFigures {
  size: number;
  /** The no-change build with a tenth of the articles incomplete. */
  inProgress: number;
  /** `build --extract`, cold (the median of the bench's runs). */
  job: number;
  /** extract and build, cold, as two commands (medians). */
  apart: number;
  /** All the libraries' work (`libraryWork`) spread perfectly over the cores, and at the speed-up the machine measurably gives. */
  bound: number;
  reachable: number;
  /** `reachable` with the library work the product adds (`ProductWork`): what a build of tarjama's product cannot take less than on this machine. */
  productReachable: number;
  /** The largest peak RSS of the size's runs, MB (null without GNU time). */
  peakMb: number | null;
  po4a: Po4aComparison | null;
}

/**
 * The issue's targets, each with this run's figure and whether it holds: the work-in-progress
 * rebuild, the cold job against 1.5 × the lower bound and against po4a / 2.5, the no-change
 * ratio to po4a, the peak RSS. Beside the two cold targets, what the libraries' work alone takes
 * at this machine's speed-up, without and with the library work the product adds: when that is
 * already more than a target allows, no change to tarjama's own code can meet it (only fewer
 * library calls, or a faster machine).
 */
export function renderTargets(figures: TargetFigures): string {
  const { size, inProgress, job, apart, bound, reachable, productReachable, peakMb, po4a } = figures;
  const f = (seconds: number): string => seconds.toFixed(2);
  const mark = (holds: boolean): string => (holds ? 'met' : 'missed');
  const libraries = `; the libraries' work alone, at this machine's speed-up: ${f(reachable)} s (${f(productReachable)} s with what the product adds: its messages written, front matter, i18next and sanitiser)`;
  const lines = [
    `no-change build with a tenth incomplete ≤ 0.3 s: ${f(inProgress)} s, ${mark(inProgress <= 0.3)}`,
    `cold extract + build ≤ 1.5 × the lower bound (${f(bound)} s, so ≤ ${f(1.5 * bound)} s): the whole job ${f(job)} s, ${mark(job <= 1.5 * bound)} (as two commands ${f(apart)} s)${libraries}`,
  ];
  if (po4a) {
    const allowed = po4a.cold.po4a.total / 2.5;
    const ratio = po4a.same.po4a.total / po4a.same.tarjama.total;
    lines.push(
      `cold ≥ 2.5 × po4a (po4a ${f(po4a.cold.po4a.total)} s, so ≤ ${f(allowed)} s): ${f(po4a.cold.tarjama.total)} s, ${(po4a.cold.po4a.total / po4a.cold.tarjama.total).toFixed(1)} ×, ${mark(po4a.cold.tarjama.total <= allowed)}${libraries}`,
      `no-change ≥ 10 × po4a: ${f(po4a.same.tarjama.total)} s against ${f(po4a.same.po4a.total)} s, ${ratio.toFixed(1)} ×, ${mark(ratio >= 10)}`,
    );
  }
  if (peakMb !== null) lines.push(`peak RSS ≤ 300 MB: ${peakMb.toFixed(0)} MB, ${mark(peakMb <= 300)}`);
  return [`the issue's targets at N = ${size}, this run:`, ...lines.map((line) => `- ${line}`)].join('\n');
}
