import { z } from 'zod';

/**
 * The workstation's pages forbid eval (their CSP), so zod parses there
 * without compiling its schemas. The bench page runs with CSP bypassed, to
 * reach the PouchDB baseline on another origin, so it sets zod the same way
 * itself: otherwise every schema the sync uses would run faster here than
 * for users. zod decides as each schema is built, so this must run first.
 */
z.config({ jitless: true });
