/** Where commands write what they did: people read it, so it is plain text, not log lines. */
export interface CommandOutput {
  info(line: string): void;
  error(line: string): void;
}

/** stdout for results, stderr for errors. */
export const consoleOutput: CommandOutput = {
  info: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};
