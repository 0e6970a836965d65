import { Box, GlobalStyles, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { pageTexts } from '../../lib/pdf';
import type { FlagRecord } from '@shared/sync/records';
import { sortFlags, stepFlag } from './flag-order';
import { FlagsPanel } from './FlagsPanel';
import { PdfPage, type PageSize } from './PdfPage';
import { PdfToolbar } from './PdfToolbar';
import { PRINT_STYLES, printPdf } from './print-pages';
import { findHits } from './search';
import { TEXT_LAYER_STYLES } from './text-layer-styles';
import { fitScale, stepZoom, type ZoomMode } from './zoom';

const THUMB_WIDTH = 112;

/** A PDF, page by page: zoom and fit, rotate, thumbnails, search with highlighted hits, print. */
export function PdfViewer({
  doc,
  flags = [],
}: {
  doc: PDFDocumentProxy;
  /** The file's flags, shown on their pages and in the flags panel. */
  flags?: readonly FlagRecord[];
}) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const [sizes, setSizes] = useState<PageSize[]>([]);
  const [mode, setMode] = useState<ZoomMode>('fit-width');
  const [scale, setScale] = useState(1);
  const [rotation, setRotation] = useState(0);
  const [current, setCurrent] = useState(1);
  const [query, setQuery] = useState('');
  const [texts, setTexts] = useState<string[] | null>(null);
  const [hitIndex, setHitIndex] = useState(0);
  const [selectedFlag, setSelectedFlag] = useState<string | null>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  const ordered = useMemo(() => sortFlags(flags), [flags]);
  const pages = doc.numPages;

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const all: PageSize[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const { width, height } = (await doc.getPage(n)).getViewport({ scale: 1 });
        all.push({ width, height });
      }
      if (!cancelled) setSizes(all);
    })();
    return () => {
      cancelled = true;
    };
  }, [doc]);

  // Fitting follows the window: recomputed whenever the reading area changes size.
  useEffect(() => {
    const element = area.current;
    const first = sizes[0];
    if (!element || !first || mode === 'custom') return;
    const fit = () => {
      const turned = rotation % 180 !== 0;
      const page = turned ? { width: first.height, height: first.width } : first;
      setScale(fitScale(mode, page, { width: element.clientWidth, height: element.clientHeight }));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [mode, sizes, rotation]);

  // The text of every page is read once, when the first search needs it.
  useEffect(() => {
    if (!query.trim() || texts) return;
    let cancelled = false;
    void pageTexts(doc).then((all) => {
      if (!cancelled) setTexts(all);
    });
    return () => {
      cancelled = true;
    };
  }, [query, texts, doc]);

  const hits = useMemo(() => findHits(texts ?? [], query), [texts, query]);
  const totalHits = hits.reduce((sum, h) => sum + h.count, 0);

  const goTo = useCallback(
    (page: number) => {
      const target = Math.min(pages, Math.max(1, page));
      area.current
        ?.querySelector(`[data-page-number="${target}"]`)
        ?.scrollIntoView({ block: 'start' });
      setCurrent(target);
    },
    [pages],
  );

  const showHit = (index: number) => {
    if (hits.length === 0) return;
    const wrapped = (index + hits.length) % hits.length;
    setHitIndex(wrapped);
    const hit = hits[wrapped];
    if (hit) goTo(hit.page);
  };

  const selectFlag = (flag: FlagRecord | null) => {
    if (!flag) return;
    setSelectedFlag(flag.id);
    if (flag.page) goTo(flag.page);
  };

  const zoom = (direction: 1 | -1) => {
    setMode('custom');
    setScale((s) => stepZoom(s, direction));
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const typing = event.target instanceof HTMLInputElement;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      searchInput.current?.focus();
      return;
    }
    if (typing) return;
    const keys: Record<string, () => void> = {
      PageDown: () => goTo(current + 1),
      ArrowRight: () => goTo(current + 1),
      PageUp: () => goTo(current - 1),
      ArrowLeft: () => goTo(current - 1),
      Home: () => goTo(1),
      End: () => goTo(pages),
      '+': () => zoom(1),
      '=': () => zoom(1),
      '-': () => zoom(-1),
      n: () => selectFlag(stepFlag(ordered, selectedFlag, 1)),
      p: () => selectFlag(stepFlag(ordered, selectedFlag, -1)),
      d: () => reasonInput.current?.focus(),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  return (
    <Stack sx={{ height: '100%', minHeight: 0 }} onKeyDown={onKeyDown}>
      <GlobalStyles styles={{ ...TEXT_LAYER_STYLES, ...PRINT_STYLES }} />
      <PdfToolbar
        page={current}
        pages={pages}
        scale={scale}
        mode={mode}
        query={query}
        searchInput={searchInput}
        hitLabel={
          !query.trim()
            ? ''
            : texts === null
              ? t('viewer.searching')
              : totalHits === 0
                ? t('viewer.noHits')
                : t('viewer.hitPages', { hits: totalHits, page: hits[hitIndex]?.page ?? 1 })
        }
        onPage={goTo}
        onZoom={zoom}
        onMode={setMode}
        onRotate={() => setRotation((r) => (r + 90) % 360)}
        onQuery={(q) => {
          setQuery(q);
          setHitIndex(0);
        }}
        onHit={(direction) => showHit(hitIndex + direction)}
        onPrint={() => void printPdf(doc)}
      />
      <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <Box
          component="nav"
          aria-label={t('viewer.thumbnails')}
          sx={{
            width: THUMB_WIDTH + 32,
            flexShrink: 0,
            overflowY: 'auto',
            borderRight: 1,
            borderColor: 'divider',
            display: { xs: 'none', md: 'block' },
            py: 1,
          }}
        >
          {sizes.map((size, i) => (
            <Box
              key={i}
              component="button"
              type="button"
              onClick={() => goTo(i + 1)}
              aria-current={current === i + 1 ? 'page' : undefined}
              aria-label={t('viewer.pageOf', { page: i + 1, pages })}
              sx={{
                display: 'block',
                mx: 'auto',
                mb: 1,
                p: 0.5,
                border: 2,
                borderRadius: 1,
                borderColor: current === i + 1 ? 'primary.main' : 'transparent',
                bgcolor: 'transparent',
                cursor: 'pointer',
              }}
            >
              <PdfPage
                doc={doc}
                pageNumber={i + 1}
                size={size}
                scale={THUMB_WIDTH / size.width}
                rotation={0}
                query=""
                withText={false}
              />
              <Typography variant="caption" color="text.secondary">
                {i + 1}
              </Typography>
            </Box>
          ))}
        </Box>
        <Box
          ref={area}
          tabIndex={0}
          data-testid="pdf-pages"
          sx={{
            flex: 1,
            overflow: 'auto',
            bgcolor: (theme) => (theme.palette.mode === 'dark' ? 'grey.900' : 'grey.200'),
            py: 1.5,
            outline: 'none',
          }}
        >
          <Stack spacing={1.5}>
            {sizes.map((size, i) => (
              <PdfPage
                key={i}
                doc={doc}
                pageNumber={i + 1}
                size={size}
                scale={scale}
                rotation={rotation}
                query={query}
                flags={ordered.filter((f) => f.page === i + 1)}
                selectedFlagId={selectedFlag}
                onVisible={setCurrent}
              />
            ))}
          </Stack>
        </Box>
        <FlagsPanel
          flags={ordered}
          selectedId={selectedFlag}
          onSelect={selectFlag}
          reasonInput={reasonInput}
        />
      </Box>
    </Stack>
  );
}
