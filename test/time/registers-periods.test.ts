// @zone-sensitive: the time stage.
import { describe, expect, it } from 'vitest';
import { registers } from '../../src/catalogs/registers';
import { deadlineStatus } from '../../src/time/deadlineStatus';
import { parsePeriod } from '../../src/time/parsePeriod';

const { tasks, projects } = registers.vinhPhuc302;

describe('every period written in Phụ lục 2 and 3 of 302 parses', () => {
  const texts = [...tasks.map((t) => t.period), ...projects.map((p) => p.period)].filter((p): p is string => p !== null);
  it.each([...new Set(texts)])('%s', (text) => {
    const p = parsePeriod(text);
    expect(p.text).toBe(text);
    expect(p.kind).not.toBeUndefined();
  });
  it('the yearly "as needed" period keeps its qualifier', () => {
    expect(parsePeriod('Hằng năm theo nhu cầu nâng cấp của các sở, ban, ngành')).toMatchObject({ kind: 'yearly', condition: 'Hằng năm theo nhu cầu nâng cấp của các sở, ban, ngành' });
  });
  it('a project without a period has no fixed deadline', () => {
    const p16 = projects.find((p) => p.no === 16)!;
    expect(p16.period).toBeNull();
  });
  it('as of 2022-06-30, tasks of 2021 are overdue and 2022-2023 ones in progress', () => {
    const statuses = tasks.map((t) => deadlineStatus(t.period, { asOf: '2022-06-30' }).status);
    expect(statuses.filter((s) => s === 'overdue').length).toBe(tasks.filter((t) => t.period === '2021').length);
    expect(deadlineStatus('2022-2023', { asOf: '2022-06-30' }).status).toBe('in-progress');
  });
});

describe('deadlineStatus of register items', () => {
  it('an item whose period the plan leaves empty has no fixed deadline', () => {
    const p16 = registers.vinhPhuc302.projects.find((p) => p.no === 16)!;
    expect(deadlineStatus(p16, { asOf: '2023-01-01' })).toMatchObject({ status: 'no-fixed-deadline', period: null });
  });
});
