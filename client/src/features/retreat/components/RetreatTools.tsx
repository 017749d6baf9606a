// The retreat's tools for a view on screen: download it as XLSX or as a PNG image, or present it. Offered
// only for approved figures; every file is named with the view, its period and the language.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workbook } from '../utils/xlsx-writer.ts';
import { PresentationMode, type Slide } from './PresentationMode.tsx';
import '../retreat.css';

interface Props {
  /** The file name without its extension, e.g. SP-2024-2027-explorer-2026-Q2-en. */
  fileBase: string;
  workbook: () => Workbook;
  image: () => Promise<Blob>;
  title: string;
  slides: () => Slide[];
  /** Files the server makes for this view (the comparison's retreat deck), as plain download links. */
  links?: ReactNode;
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // give the browser time to start the download before the address is freed
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function RetreatTools({ fileBase, workbook, image, title, slides, links }: Props) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [presenting, setPresenting] = useState(false);
  const run = async (extension: 'xlsx' | 'png') => {
    const name = `${fileBase}.${extension}`;
    try {
      if (extension === 'xlsx') {
        const { writeXlsx } = await import('../utils/xlsx-writer.ts');
        const bytes = writeXlsx(workbook());
        const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        save(new Blob([bytes as BlobPart], { type }), name);
      } else save(await image(), name);
      setMessage(t('retreat.tools.saved', { file: name }));
    } catch {
      setMessage(t('retreat.tools.failed'));
    }
  };
  return (
    <div className="retreat-tools" role="group" aria-label={t('retreat.tools.label')}>
      <button type="button" className="button button-quiet" onClick={() => void run('xlsx')}>
        {t('retreat.tools.xlsx')}
      </button>
      <button type="button" className="button button-quiet" onClick={() => void run('png')}>
        {t('retreat.tools.image')}
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setPresenting(true)}>
        {t('retreat.tools.present')}
      </button>
      {links}
      <p className="retreat-message" role="status">
        {message}
      </p>
      {presenting && (
        <PresentationMode title={title} slides={slides()} onClose={() => setPresenting(false)} />
      )}
    </div>
  );
}
