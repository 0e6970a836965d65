import { Box } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { PageViewport, PDFDocumentProxy } from 'pdfjs-dist';
import type { Region } from '@shared/analysis/anomaly-kinds';
import type { FlagRecord } from '@shared/sync/records';
import { pdfjs } from '../../lib/pdf';
import { splitMatches } from './search';

export interface PageSize {
  width: number;
  height: number;
}

/**
 * One page: an empty box of the right size until it scrolls near the view,
 * then a canvas and a selectable text layer. Pages far away stay boxes, so a
 * long document costs only the pages being read.
 */
export function PdfPage({
  doc,
  pageNumber,
  size,
  scale,
  rotation,
  query,
  withText = true,
  flags = [],
  selectedFlagId = null,
  onVisible,
}: {
  doc: PDFDocumentProxy;
  pageNumber: number;
  /** The page's size at scale 1, unrotated. */
  size: PageSize;
  scale: number;
  rotation: number;
  query: string;
  withText?: boolean;
  /** Flags with a region on this page, drawn over it. */
  flags?: readonly FlagRecord[];
  selectedFlagId?: string | null;
  onVisible?: (pageNumber: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);
  const runs = useRef<{ elements: HTMLElement[]; texts: string[] }>({ elements: [], texts: [] });
  const [near, setNear] = useState(false);
  const [viewport, setViewport] = useState<PageViewport | null>(null);
  const [rendered, setRendered] = useState(0);
  const turned = rotation % 180 !== 0;
  const width = (turned ? size.height : size.width) * scale;
  const height = (turned ? size.width : size.height) * scale;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) setNear(true);
          if (entry.intersectionRatio >= 0.5) onVisible?.(pageNumber);
        }
      },
      { rootMargin: '600px 0px', threshold: [0, 0.5] },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [pageNumber, onVisible]);

  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    let cancel: () => void = () => undefined;
    void (async () => {
      const page = await doc.getPage(pageNumber);
      const viewport = page.getViewport({ scale, rotation });
      const target = canvas.current;
      if (cancelled || !target) return;
      setViewport(viewport);
      const ratio = window.devicePixelRatio || 1;
      target.width = Math.floor(viewport.width * ratio);
      target.height = Math.floor(viewport.height * ratio);
      const task = page.render({
        canvas: target,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      cancel = () => task.cancel();
      await task.promise.catch(() => undefined);
      const layer = textLayer.current;
      if (cancelled || !withText || !layer) return;
      const { TextLayer } = await pdfjs();
      layer.replaceChildren();
      const text = new TextLayer({
        textContentSource: page.streamTextContent(),
        container: layer,
        viewport,
      });
      cancel = () => text.cancel();
      await text.render().catch(() => undefined);
      runs.current = { elements: text.textDivs, texts: text.textContentItemsStr };
      if (!cancelled) setRendered((n) => n + 1);
    })();
    return () => {
      cancelled = true;
      cancel();
    };
  }, [near, doc, pageNumber, scale, rotation, withText]);

  useEffect(() => {
    if (rendered > 0) highlight(runs.current.elements, runs.current.texts, query);
  }, [query, rendered]);

  return (
    <Box
      ref={box}
      data-testid="pdf-page"
      data-page-number={pageNumber}
      sx={{
        position: 'relative',
        width,
        height,
        mx: 'auto',
        bgcolor: '#fff',
        boxShadow: 2,
        '--total-scale-factor': String(scale),
      }}
    >
      {near ? (
        <canvas ref={canvas} style={{ width, height, display: 'block' }} aria-hidden />
      ) : null}
      {near && withText ? (
        <div ref={textLayer} className="textLayer" data-testid="pdf-text" />
      ) : null}
      {viewport
        ? flags.map((flag) =>
            flag.region ? (
              <Box
                key={flag.id}
                data-testid="flag-region"
                data-flag-id={flag.id}
                sx={{
                  position: 'absolute',
                  zIndex: 2,
                  pointerEvents: 'none',
                  border: 2,
                  borderRadius: 0.5,
                  borderColor: flag.severity === 'high' ? 'error.main' : 'warning.main',
                  bgcolor:
                    flag.id === selectedFlagId ? 'rgb(255 80 0 / 0.22)' : 'rgb(255 170 0 / 0.12)',
                  outline: flag.id === selectedFlagId ? '3px solid rgb(255 80 0 / 0.5)' : 'none',
                  ...onScreen(viewport, flag.region),
                }}
              />
            ) : null,
          )
        : null}
    </Box>
  );
}

/** Marks every match of the query inside the page's text runs; an empty query clears them. */
function highlight(runs: readonly HTMLElement[], texts: readonly string[], query: string): void {
  runs.forEach((run, i) => {
    const text = texts[i] ?? '';
    const parts = splitMatches(text, query);
    if (!parts.some((part) => part.match)) {
      if (run.children.length > 0) run.replaceChildren(text);
      return;
    }
    run.replaceChildren(
      ...parts.map((part) => {
        if (!part.match) return document.createTextNode(part.text);
        const mark = document.createElement('span');
        mark.className = 'hit';
        mark.textContent = part.text;
        return mark;
      }),
    );
  });
}

/** A region in PDF points from the page's top-left corner, placed on the page as shown (zoomed, rotated). */
function onScreen(viewport: PageViewport, region: Region) {
  const height = viewport.viewBox[3] ?? 0;
  const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([
    region.x,
    height - region.y - region.height,
    region.x + region.width,
    height - region.y,
  ]) as [number, number, number, number];
  return {
    left: Math.min(x1, x2),
    top: Math.min(y1, y2),
    width: Math.abs(x2 - x1),
    height: Math.abs(y2 - y1),
  };
}
