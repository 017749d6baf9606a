import { describe, expect, it } from 'vitest';
import { latestCompleteYear, planYears, reportDownloadUrl } from './report-year.ts';

describe('report year', () => {
  it('opens on the latest year whose Q4 is complete, within the plan', () => {
    expect(latestCompleteYear(2024, 2027, new Date('2026-11-23T09:00:00Z'))).toBe(2025);
    expect(latestCompleteYear(2024, 2027, new Date('2026-01-05T09:00:00Z'))).toBe(2025);
    expect(latestCompleteYear(2024, 2027, new Date('2024-03-01T09:00:00Z'))).toBe(2024);
    expect(latestCompleteYear(2020, 2023, new Date('2026-11-23T09:00:00Z'))).toBe(2023);
  });

  it("lists the plan's years", () => {
    expect(planYears(2024, 2027)).toEqual([2024, 2025, 2026, 2027]);
    expect(planYears(2027, 2024)).toEqual([]);
  });

  it('downloads approved figures in the language of the screen', () => {
    expect(reportDownloadUrl('SP-2024-2027', 2025, 'pptx', 'fr')).toBe(
      '/api/reports/annual/2025?plan=SP-2024-2027&format=pptx&lang=fr',
    );
    expect(reportDownloadUrl('SP 1', 2025, 'xlsx', 'en')).not.toContain('include');
  });
});
