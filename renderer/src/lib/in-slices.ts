/**
 * Runs `step` in tasks of about `budgetMs` each until it says it is done,
 * then calls `done`. Between tasks the page draws and answers input, so
 * long work never holds it still. Returns a function that stops the work.
 */
export function inSlices(
  step: (timeLeft: () => number) => boolean,
  done: () => void,
  budgetMs = 8,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    const end = performance.now() + budgetMs;
    if (step(() => end - performance.now())) done();
    else timer = setTimeout(run, 0);
  };
  timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
