import { utilityProcess } from 'electron';
import { z } from 'zod';
import { APP_ORIGIN } from './security-policy';

const ListeningMessage = z.object({ type: z.literal('listening'), url: z.string().url() });

export interface EmbeddedCentral {
  url: string;
  stop(): void;
}

/**
 * Starts the central claims service from its own build in a utility process,
 * on loopback, with its data under the user's app-data folder and demo data
 * on first run. Main never imports server code.
 */
export function startEmbeddedCentral(
  serverEntry: string,
  dataDir: string,
): Promise<EmbeddedCentral> {
  const child = utilityProcess.fork(serverEntry, [], {
    serviceName: 'Central claims service',
    stdio: 'inherit',
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      DEMO: '1',
      ALLOWED_ORIGINS: APP_ORIGIN,
      SERVE_RENDERER: '0',
    },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('The embedded central service did not start within 120 seconds'));
    }, 120_000);
    child.on('message', (message: unknown) => {
      const parsed = ListeningMessage.safeParse(message);
      if (!parsed.success) return;
      clearTimeout(timer);
      resolve({ url: parsed.data.url, stop: () => child.kill() });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`The embedded central service exited with code ${code} before it was ready`),
      );
    });
  });
}
