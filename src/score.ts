/**
 * How far a site follows the note, per section and in all. An item counts
 * when it could have been shown compliant: compliant, not compliant, risk
 * accepted, or not checked (not checked is not shown compliant). Not
 * applicable items are left out of the denominator, and counted apart by
 * who left them out: the release model, or the installer with a reason.
 */
import type { Status } from './answers.js';

/** What a score needs to know of one item; record entries and wizard answers both fit. */
export interface ScoredEntry {
  id: string;
  section: string;
  status: Status;
  /** Who gave the status; only "release" matters here. */
  source: string | null;
}

export interface Score {
  compliant: number;
  notCompliant: number;
  riskAccepted: number;
  notChecked: number;
  /** The denominator: every item but the not applicable ones. */
  counted: number;
  leftOut: { release: number; installer: number };
}

export interface SectionScore extends Score {
  section: string;
}

function empty(): Score {
  return {
    compliant: 0,
    notCompliant: 0,
    riskAccepted: 0,
    notChecked: 0,
    counted: 0,
    leftOut: { release: 0, installer: 0 },
  };
}

function add(score: Score, entry: ScoredEntry): void {
  switch (entry.status) {
    case 'not-applicable':
      if (entry.source === 'release') score.leftOut.release++;
      else score.leftOut.installer++;
      return;
    case 'compliant':
      score.compliant++;
      break;
    case 'not-compliant':
      score.notCompliant++;
      break;
    case 'risk-accepted':
      score.riskAccepted++;
      break;
    case 'not-checked':
      score.notChecked++;
      break;
  }
  score.counted++;
}

/** One score per section, in the order the sections first appear in `entries`. */
export function scoreSections(entries: readonly ScoredEntry[]): SectionScore[] {
  const bySection = new Map<string, SectionScore>();
  for (const entry of entries) {
    let score = bySection.get(entry.section);
    if (!score) {
      score = { section: entry.section, ...empty() };
      bySection.set(entry.section, score);
    }
    add(score, entry);
  }

  return [...bySection.values()];
}

export function scoreTotal(entries: readonly ScoredEntry[]): Score {
  const total = empty();
  for (const entry of entries) add(total, entry);

  return total;
}

/** Compliant over counted, or null when nothing was counted (no 0/0 shown as 0 %). */
export function ratio(score: Score): number | null {
  return score.counted === 0 ? null : score.compliant / score.counted;
}

/** A whole percentage, rounded down so that 99.6 % never reads as 100 %. */
export function percent(score: Score): number | null {
  // Integer arithmetic: 29 / 100 * 100 is 28.999… in floating point.
  return score.counted === 0 ? null : Math.floor((score.compliant * 100) / score.counted);
}
