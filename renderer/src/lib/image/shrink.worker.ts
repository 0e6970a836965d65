import { shrinkImage } from './shrink';
import type { ShrinkReply, ShrinkRequest } from './shrink-protocol';

// Decoding and scaling a 12-megapixel photo takes long enough to freeze the
// page; here it happens beside it.
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ShrinkRequest>) => void): void;
  postMessage(message: ShrinkReply): void;
};

scope.addEventListener('message', (event) => {
  const { id, source, sizes } = event.data;
  shrinkImage(source, sizes)
    .then((copies) => scope.postMessage({ id, copies }))
    .catch((error: unknown) =>
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
});
