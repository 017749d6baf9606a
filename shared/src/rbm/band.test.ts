import { describe, expect, it } from 'vitest';
import { scoreBand } from './band.ts';
import { statusFromRatio } from './rating.ts';

describe('scoreBand', () => {
  it("bands a score by the plan's status thresholds, the same ones statuses use", () => {
    const plan = { onTrack: 0.8, atRisk: 0.5 };
    expect(scoreBand(0.8, plan)).toBe('on_track');
    expect(scoreBand(0.79, plan)).toBe('at_risk');
    expect(scoreBand(0.5, plan)).toBe('at_risk');
    expect(scoreBand(0.49, plan)).toBe('off_track');
    // The default thresholds (90 % / 60 %): 75-90 % is at risk, never a "good" green.
    expect(scoreBand(0.85)).toBe('at_risk');
    expect(scoreBand(0.74)).toBe('at_risk');
    expect(scoreBand(0.52)).toBe('off_track');
    expect(scoreBand(1.2)).toBe('on_track');
  });

  it('agrees with statusFromRatio on every score, thresholds included', () => {
    const plan = { onTrack: 0.85, atRisk: 0.65 };
    for (let i = 0; i <= 120; i++) {
      expect(scoreBand(i / 100, plan)).toBe(statusFromRatio(i / 100, plan));
    }
  });

  it('takes a rated status over the score, and is none without score or rated status', () => {
    expect(scoreBand(0.95, undefined, 'achieved')).toBe('achieved');
    expect(scoreBand(0.2, undefined, 'at_risk')).toBe('at_risk');
    expect(scoreBand(0.95, undefined, 'on_track')).toBe('on_track');
    expect(scoreBand(0.95, undefined, 'off_track')).toBe('off_track');
    expect(scoreBand(null, undefined, 'no_data')).toBe('none');
    expect(scoreBand(null, undefined, 'not_due')).toBe('none');
    expect(scoreBand(Number.NaN)).toBe('none');
    expect(scoreBand(0.7, undefined, 'no_data')).toBe('at_risk');
  });
});
