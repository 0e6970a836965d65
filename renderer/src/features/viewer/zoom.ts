/** Zoom levels the buttons step through, as scale factors of the page's own size. */
export const ZOOM_STEPS = [0.25, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3, 4] as const;

export type ZoomMode = 'fit-width' | 'fit-page' | 'custom';

/** Room kept around a page inside the scrolling area, in CSS pixels. */
const GUTTER = 24;

/** The scale at which a page of `page` size fills the `area` as the mode asks. */
export function fitScale(
  mode: Exclude<ZoomMode, 'custom'>,
  page: { width: number; height: number },
  area: { width: number; height: number },
): number {
  const byWidth = Math.max(0.1, (area.width - GUTTER) / page.width);
  if (mode === 'fit-width') return byWidth;
  return Math.min(byWidth, Math.max(0.1, (area.height - GUTTER) / page.height));
}

/** The next zoom step above (or below) the current scale. */
export function stepZoom(scale: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((s) => s > scale + 0.001) ?? ZOOM_STEPS.at(-1) ?? scale;
  return [...ZOOM_STEPS].reverse().find((s) => s < scale - 0.001) ?? ZOOM_STEPS[0];
}
