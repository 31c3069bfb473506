/** Runs a command-line `main` when its module is the script node was started with. */

/**
 * @param moduleUrl the caller's `import.meta.url`
 * @param main returns the exit code
 * @param errorCode exit code when `main` throws (its French message is printed)
 */
export function runIfMain(moduleUrl: string, main: (argv: string[]) => Promise<number>, errorCode: number): void {
	if (moduleUrl !== `file://${process.argv[1]}`) return;
	// exitCode, not exit(): stderr to a pipe is written asynchronously and exit() would cut it.
	main(process.argv.slice(2)).then(
		(code) => (process.exitCode = code),
		(error: unknown) => {
			console.error(error instanceof Error ? error.message : error);
			process.exitCode = errorCode;
		}
	);
}
