import { Box } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
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
  onVisible?: (pageNumber: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);
  const runs = useRef<{ elements: HTMLElement[]; texts: string[] }>({ elements: [], texts: [] });
  const [near, setNear] = useState(false);
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
