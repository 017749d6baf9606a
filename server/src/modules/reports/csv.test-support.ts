// The reports' CSV read back in tests the way the import reads a CSV file (the shared reader), so a test
// and the import agree on quoting; the exports' CRLF records and byte-order mark are asserted by the tests.
import { parseDelimited } from '@rbm/shared';

export function parseCsv(text: string): string[][] {
  return parseDelimited(text, ',');
}
