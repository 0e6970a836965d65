/**
 * Runs a command and exits with the code it returns. An unexpected error is
 * printed as one line, without a stack (these are operators' tools), and
 * exits with `errorCode`.
 */
export function runCli(main: () => Promise<number>, errorCode = 1): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(errorCode);
    },
  );
}
