/** Replaced at build time; the source tree reports itself as a development build. */
declare const __SERVER_VERSION__: string | undefined;

export const SERVER_VERSION =
  typeof __SERVER_VERSION__ === 'string' ? __SERVER_VERSION__ : '0.0.0-dev';
