/** What a command needs from the outside world; the entry point gives it, tests may too. */
export interface CliContext {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today in Vietnam (`YYYY-MM-DD`), read once by the entry point: the library never reads the clock. */
  readonly today: string;
}
