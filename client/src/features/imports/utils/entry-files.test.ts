import { describe, expect, it } from 'vitest';
import { bytesToBase64, entryFileUrl, fileProblem } from './entry-files.ts';

describe('entryFileUrl', () => {
  it('names the quarter, the format, the plan and the language', () => {
    const target = { plan: 'SP-2024-2027', priority: 'KAP-1', period: '2026-Q3' };
    expect(entryFileUrl('template', target, 'csv', 'fr')).toBe(
      '/api/entry/KAP-1/2026-Q3/template?format=csv&plan=SP-2024-2027&lang=fr',
    );
    expect(entryFileUrl('export', target, 'xlsx', 'en')).toBe(
      '/api/entry/KAP-1/2026-Q3/export?format=xlsx&plan=SP-2024-2027&lang=en',
    );
  });
});

describe('bytesToBase64', () => {
  it('encodes like the platform, also beyond one slice', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new TextEncoder().encode('é,"x"'))).toBe(Buffer.from('é,"x"').toString('base64'));
  });
});

describe('fileProblem', () => {
  it('accepts XLSX and CSV up to 5 MB and nothing else', () => {
    expect(fileProblem({ name: 'values.CSV', size: 10 })).toBeNull();
    expect(fileProblem({ name: 'values.xlsx', size: 5 * 1024 * 1024 })).toBeNull();
    expect(fileProblem({ name: 'values.xls', size: 10 })).toBe('file_type_unsupported');
    expect(fileProblem({ name: 'values.csv', size: 0 })).toBe('file_empty');
    expect(fileProblem({ name: 'values.csv', size: 5 * 1024 * 1024 + 1 })).toBe('file_too_large');
  });
});
