import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { render } from '@testing-library/react';
import { mapperAccounts } from '../../test/fixtures';
import { AccountMapper } from '../account-mapper';
import { FeedStartDatePicker } from '../feed-start-date-picker';
import { useControllableState } from './use-controllable-state';

const today = '2026-03-15';

function Probe({ value }: { value?: string | null | undefined }) {
  const [current] = useControllableState<string | null>('Probe.Root', 'value', value, 'own');
  return <output>{current}</output>;
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  consoleError.mockRestore();
  vi.unstubAllEnvs();
});

/** The kit's switch warnings logged so far (React's own messages left out). */
const switchWarnings = () =>
  consoleError.mock.calls
    .map(([message]) => String(message))
    .filter((message) => message.startsWith('@bankfeeds/react:'));

describe('useControllableState: a development warning on switching controlled and uncontrolled', () => {
  it('warns when a controlled value becomes undefined, naming the component and the prop', () => {
    const { rerender } = render(<Probe value="a" />);
    expect(switchWarnings()).toEqual([]);
    rerender(<Probe value={undefined} />);
    expect(switchWarnings()).toEqual([
      '@bankfeeds/react: Probe.Root is changing from controlled to uncontrolled: `value` went ' +
        'from a value to undefined. Decide between a controlled and an uncontrolled `value` for ' +
        'the lifetime of the component.',
    ]);
  });

  it('warns when an uncontrolled value becomes defined', () => {
    const { rerender } = render(<Probe />);
    rerender(<Probe value="a" />);
    expect(switchWarnings()).toHaveLength(1);
    expect(switchWarnings()[0]).toContain(
      'Probe.Root is changing from uncontrolled to controlled: `value` went from undefined to a value.',
    );
  });

  it('warns once per instance, however often it switches; another instance warns for itself', () => {
    const { rerender } = render(<Probe value="a" />);
    rerender(<Probe />);
    rerender(<Probe value="b" />);
    rerender(<Probe />);
    expect(switchWarnings()).toHaveLength(1);
    render(<Probe />).rerender(<Probe value="c" />);
    expect(switchWarnings()).toHaveLength(2);
  });

  it('stays quiet while controlled (null is a value) or uncontrolled', () => {
    const { rerender } = render(<Probe value="a" />);
    rerender(<Probe value={null} />);
    rerender(<Probe value="b" />);
    render(<Probe />).rerender(<Probe />);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('stays quiet in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { rerender } = render(<Probe value="a" />);
    rerender(<Probe />);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('names AccountMapper.Root and its value', () => {
    const value = { 'acc-2': { choice: { kind: 'skip' as const }, feedStartDate: today } };
    const { rerender } = render(
      <AccountMapper accounts={mapperAccounts} today={today} value={value} />,
    );
    rerender(<AccountMapper accounts={mapperAccounts} today={today} value={undefined} />);
    expect(switchWarnings()).toEqual([
      expect.stringContaining(
        'AccountMapper.Root is changing from controlled to uncontrolled: `value`',
      ),
    ]);
  });

  it('names FeedStartDatePicker.Root and its value or open prop', () => {
    const { rerender } = render(
      <FeedStartDatePicker label="Start" today={today} value={today} open={false} />,
    );
    rerender(<FeedStartDatePicker label="Start" today={today} value={today} />);
    rerender(<FeedStartDatePicker label="Start" today={today} />);
    expect(switchWarnings()).toEqual([
      expect.stringContaining(
        'FeedStartDatePicker.Root is changing from controlled to uncontrolled: `open`',
      ),
      expect.stringContaining(
        'FeedStartDatePicker.Root is changing from controlled to uncontrolled: `value`',
      ),
    ]);
  });
});
