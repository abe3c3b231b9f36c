// Harbor parses schedules with robfig/cron in seconds mode and insists that the
// seconds field is 0 (src/common/utils/utils.go:295-313); a 5-field crontab line,
// the form users know, is the usual mistake. Checking here means a bad schedule
// fails on the pull request, not halfway through an apply.

const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  },
  { name: 'day-of-week', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
] as const;

/** Returns what is wrong with `expr` as a Harbor cron, or undefined when it is fine. */
export function harborCronProblem(expr: string): string | undefined {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 6) {
    return `cron "${expr}" has ${parts.length} fields; Harbor needs 6 (second minute hour day-of-month month day-of-week), e.g. "0 0 3 * * *"`;
  }
  if (parts[0] !== '0') return `cron "${expr}": the seconds field must be 0, not "${parts[0]}"`;
  for (let i = 1; i < 6; i++) {
    const field = FIELDS[i]!;
    const problem = fieldProblem(parts[i]!, field);
    if (problem) return `cron "${expr}": ${field.name} field "${parts[i]}" ${problem}`;
  }
  return undefined;
}

function fieldProblem(text: string, field: (typeof FIELDS)[number]): string | undefined {
  if (field.name === 'day-of-month' || field.name === 'day-of-week') {
    if (text === '?') return undefined;
  }
  for (const item of text.split(',')) {
    const [range, step, extra] = item.split('/');
    if (extra !== undefined || range === undefined || range === '') return 'is malformed';
    if (step !== undefined && !/^[1-9]\d*$/.test(step)) return `has a bad step "${step}"`;
    if (range === '*') continue;
    const bounds = range.split('-');
    if (bounds.length > 2) return 'is malformed';
    const values: number[] = [];
    for (const b of bounds) {
      const v = fieldValue(b, field);
      if (v === undefined) return `has "${b}", outside ${field.min}-${field.max}`;
      values.push(v);
    }
    if (values.length === 2 && values[0]! > values[1]!) return `has a reversed range "${range}"`;
  }
  return undefined;
}

function fieldValue(text: string, field: (typeof FIELDS)[number]): number | undefined {
  if ('names' in field) {
    const idx = (field.names as readonly string[]).indexOf(text.toUpperCase());
    if (idx >= 0) return idx + field.min;
  }
  if (!/^\d+$/.test(text)) return undefined;
  const v = Number(text);
  return v >= field.min && v <= field.max ? v : undefined;
}
