import { answer, type FetchReply, type FetchRequest } from './fetch-protocol';
import { pageFetch } from './fetcher';

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<FetchRequest>) => void): void;
  postMessage(message: FetchReply, transfer: Transferable[]): void;
};

scope.addEventListener('message', (event) => {
  void answer(event.data, pageFetch).then(({ reply, transfer }) =>
    scope.postMessage(reply, transfer),
  );
});
