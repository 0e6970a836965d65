/**
 * What pdf.js's text layer needs to line its invisible, selectable text up
 * with the canvas: spans placed absolutely and sized from the variables
 * pdf.js sets (`--font-height`, `--scale-x`, `--rotate`) and the page's
 * `--total-scale-factor`. Search hits are painted over the canvas.
 */
export const TEXT_LAYER_STYLES = {
  '.textLayer': {
    position: 'absolute',
    inset: 0,
    overflow: 'clip',
    lineHeight: 1,
    textAlign: 'initial',
    textSizeAdjust: 'none',
    forcedColorAdjust: 'none',
    transformOrigin: '0 0',
    zIndex: 0,
    '--min-font-size': 1,
    '--text-scale-factor': 'calc(var(--total-scale-factor) * var(--min-font-size))',
    '--min-font-size-inv': 'calc(1 / var(--min-font-size))',
  },
  '.textLayer :is(span, br)': {
    color: 'transparent',
    position: 'absolute',
    whiteSpace: 'pre',
    cursor: 'text',
    transformOrigin: '0% 0%',
  },
  '.textLayer > :not(.markedContent), .textLayer .markedContent span:not(.markedContent)': {
    zIndex: 1,
    '--font-height': 0,
    fontSize: 'calc(var(--text-scale-factor) * var(--font-height))',
    '--scale-x': 1,
    '--rotate': '0deg',
    transform: 'rotate(var(--rotate)) scaleX(var(--scale-x)) scale(var(--min-font-size-inv))',
  },
  '.textLayer .markedContent': { display: 'contents' },
  // A hit sits inside its line, so it inherits the line's placement.
  '.textLayer span.hit': {
    position: 'static',
    backgroundColor: 'rgb(255 200 0 / 0.45)',
    borderRadius: '2px',
  },
  '.textLayer ::selection': { background: 'rgb(0 90 255 / 0.25)' },
} as const;
