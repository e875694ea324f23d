import type { RecordProblem } from '../../src/domain/integrity';
import { withdrawalSchema, type TimelineEvent, type Withdrawal, type WithdrawnEvent } from '../../src/domain/schema';
import type { PublishedDataset } from './last-published';
import type { RecordFile } from './validate-records';

const EXAMPLE = (id: string) => `{ "id": "${id}", "reason": "…", "withdrawn": "YYYY-MM-DD" }`;

function idOf(entry: unknown): string | undefined {
  const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function parseWithdrawals(file: RecordFile | null, problems: RecordProblem[]): Withdrawal[] {
  if (!file) return [];
  if (file.parseError) {
    problems.push({ record: file.file, field: '(file)', message: `not valid JSON: ${file.parseError}` });
    return [];
  }
  if (!Array.isArray(file.data)) {
    problems.push({ record: file.file, field: '(file)', message: `must be a list of ${EXAMPLE('<event-id>')}` });
    return [];
  }
  const withdrawals: Withdrawal[] = [];
  const seen = new Set<string>();
  file.data.forEach((entry: unknown, position) => {
    const id = idOf(entry);
    const record = id ? `withdrawn ${id}` : `${file.file} entry ${position + 1}`;
    const result = withdrawalSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ record, field: issue.path.join('.') || '(entry)', message: issue.message });
      return;
    }
    if (seen.has(result.data.id)) problems.push({ record, field: 'id', message: `listed twice in ${file.file}` });
    seen.add(result.data.id);
    withdrawals.push(result.data);
  });
  return withdrawals;
}

/**
 * Checks that every event of the last published version is still there or withdrawn with a reason, and
 * that nothing withdrawn still has a record; returns the withdrawn list to publish, each with the title
 * it last had, in id order. A withdrawal stays listed for good, so links to the id keep saying why.
 */
export function checkWithdrawals(
  file: RecordFile | null,
  events: readonly TimelineEvent[],
  previous: PublishedDataset | undefined,
  problems: RecordProblem[],
): WithdrawnEvent[] {
  const withdrawals = parseWithdrawals(file, problems);
  const where = file?.file ?? 'data/withdrawn.json';
  const current = new Set(events.map((event) => event.id));
  const withdrawnIds = new Set(withdrawals.map((w) => w.id));
  const lastTitle = new Map<string, string>([
    ...(previous?.withdrawn ?? []).map((w): [string, string] => [w.id, w.title]),
    ...(previous?.events ?? []).map((e): [string, string] => [e.id, e.title]),
  ]);
  const since = previous ? ` (version ${previous.version})` : '';

  for (const event of previous?.events ?? []) {
    if (current.has(event.id) || withdrawnIds.has(event.id)) continue;
    problems.push({
      record: `event ${event.id}`,
      field: 'reason',
      message: `was published${since} but has no record in data/events/ and no reason: to withdraw it, add ${EXAMPLE(event.id)} to ${where}`,
    });
  }
  for (const withdrawn of previous?.withdrawn ?? []) {
    if (current.has(withdrawn.id) || withdrawnIds.has(withdrawn.id)) continue;
    problems.push({
      record: `withdrawn ${withdrawn.id}`,
      field: 'id',
      message: `was published as withdrawn${since}: keep its entry in ${where}, so links to it keep saying why`,
    });
  }
  const published: WithdrawnEvent[] = [];
  for (const withdrawal of withdrawals) {
    if (current.has(withdrawal.id)) {
      problems.push({
        record: `event ${withdrawal.id}`,
        field: 'id',
        message: `is withdrawn in ${where} but still has a record (data/events/${withdrawal.id}.json): delete the record, or the withdrawal`,
      });
      continue;
    }
    const title = lastTitle.get(withdrawal.id);
    if (title === undefined) {
      problems.push({
        record: `withdrawn ${withdrawal.id}`,
        field: 'id',
        message: `is not an event of the last published version${since}: only a published event can be withdrawn`,
      });
      continue;
    }
    published.push({ id: withdrawal.id, title, reason: withdrawal.reason, withdrawn: withdrawal.withdrawn });
  }
  return published.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
