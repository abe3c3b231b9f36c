/**
 * GitHub refuses step summaries over 1 MiB. A summary that would be larger is
 * cut at a line boundary with a note, rather than lost.
 */
export const SUMMARY_LIMIT = 1024 * 1024;

export function fitSummary(
  markdown: string,
  note = 'The summary was cut at 1 MiB; the full report is in the log.',
): string {
  if (Buffer.byteLength(markdown) <= SUMMARY_LIMIT) return markdown;
  const tail = `\n\n> ${note}\n`;
  const budget = SUMMARY_LIMIT - Buffer.byteLength(tail);
  let cut = Buffer.from(markdown).subarray(0, budget).toString('utf8');
  // A partial multi-byte character decodes as U+FFFD; drop it, then back up to a whole line.
  cut = cut.replace(/\uFFFD+$/, '');
  const lastNewline = cut.lastIndexOf('\n');
  return `${lastNewline > 0 ? cut.slice(0, lastNewline) : cut}${tail}`;
}
