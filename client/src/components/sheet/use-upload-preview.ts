// The steps every upload with a preview shares: read the chosen file, ask for its preview (nothing written),
// preview the same file again, and tell a stale preview (someone changed the data since: `import_stale`)
// from other refusals. Once written, the focus goes to the heading given; once stale, to "preview again".
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../lib/api-client.ts';
import { bytesToBase64 } from '../../lib/base64.ts';

/** A file as the import routes take it: its name and its bytes in base64. */
export interface UploadedFile {
  fileName: string;
  content: string;
}

interface Steps<B> {
  preview: { mutate: (body: B) => void; reset: () => void };
  confirm: { reset: () => void; error: unknown; data: unknown };
}

export function useUploadPreview<B extends UploadedFile>(
  { preview, confirm }: Steps<B>,
  /** What the route needs besides the file (say, the plan). */
  extra: Omit<B, keyof UploadedFile>,
) {
  const [chosen, setChosen] = useState<B | null>(null);

  function run(body: B) {
    confirm.reset();
    preview.mutate(body);
  }

  async function read(file: File | undefined) {
    preview.reset();
    confirm.reset();
    setChosen(null);
    if (!file) return;
    const content = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    const body = { ...extra, fileName: file.name, content } as B;
    setChosen(body);
    run(body);
  }

  const stale = confirm.error instanceof ApiError && confirm.error.code === 'import_stale';
  // The button pressed goes away (done) or is disabled (stale): the focus moves to what comes next.
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const previewAgain = useRef<HTMLButtonElement>(null);
  const done = confirm.data !== undefined;
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);
  useEffect(() => {
    if (stale) previewAgain.current?.focus();
  }, [stale]);

  return { chosen, read, run, stale, doneHeading, previewAgain };
}
