/** The subcommand a command line names: its first word that is not an option. */
export function commandNamed(argv: readonly string[]): string | undefined {
  return argv.find((a) => !a.startsWith('-'));
}
