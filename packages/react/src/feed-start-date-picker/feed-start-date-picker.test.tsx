import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { axe } from 'vitest-axe';
import { useState } from 'react';
import { renderIn } from '../../test/render';
import { FeedStartDatePicker } from './index';
import { parseDateText, formatDateText } from './date-text';

const today = '2026-03-15';

describe('date text', () => {
  it('reads the locale order, ISO, and rejects unreal days', () => {
    expect(parseDateText('01/03/2026', 'en-GB')).toBe('2026-03-01');
    expect(parseDateText('03/01/2026', 'en-US')).toBe('2026-03-01');
    expect(parseDateText('1.3.2026', 'fr')).toBe('2026-03-01');
    expect(parseDateText('2026-03-01', 'en-US')).toBe('2026-03-01');
    expect(parseDateText('31/02/2026', 'en-GB')).toBeNull();
    expect(parseDateText('tomorrow', 'en-GB')).toBeNull();
    expect(formatDateText('2026-03-01', 'fr')).toBe('01/03/2026');
  });
});

describe('FeedStartDatePicker', () => {
  it('accepts a typed date within the bounds (uncontrolled)', async () => {
    const onValueChange = vi.fn();
    const { user } = renderIn(
      <FeedStartDatePicker today={today} defaultValue={today} onValueChange={onValueChange} />,
    );
    const input = screen.getByRole('textbox', { name: 'Feed start date' });
    expect(input).toHaveValue('15/03/2026');
    await user.clear(input);
    await user.type(input, '01/02/2026{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-02-01', { source: 'input' });
    expect(input).toHaveAccessibleDescription(/from 15 March 2025 to 15 March 2026/);
  });

  it('explains why a future, too old or unreal date is refused', async () => {
    const onValueChange = vi.fn();
    const { user } = renderIn(<FeedStartDatePicker today={today} onValueChange={onValueChange} />);
    const input = screen.getByRole('textbox', { name: 'Feed start date' });
    await user.type(input, '16/03/2026');
    await user.tab();
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription(/can’t start after today \(15 March 2026\)/);
    await user.clear(input);
    await user.type(input, '14/03/2025{Enter}');
    expect(input).toHaveAccessibleDescription(/more than one year back \(before 15 March 2025\)/);
    await user.clear(input);
    await user.type(input, '45/03/2025{Enter}');
    expect(input).toHaveAccessibleDescription(/Enter a real date, for example 15\/03\/2026/);
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('is controlled: shows the value it is given and reports choices', async () => {
    function Controlled() {
      const [value, setValue] = useState<string | null>('2026-01-10');
      return (
        <>
          <FeedStartDatePicker today={today} value={value} onValueChange={setValue} />
          <output>{value}</output>
        </>
      );
    }
    const { user } = renderIn(<Controlled />);
    await user.click(screen.getByRole('button', { name: 'Choose the date on a calendar' }));
    // The calendar library arrives with `import()`; its grid shows once it has.
    await screen.findByRole('grid');
    const calendar = screen.getByRole('group', { name: 'Calendar' });
    // The selected day has focus and a name that contains its visible number.
    expect(document.activeElement).toHaveAccessibleName('Saturday, 10 January 2026, selected');
    await user.click(within(calendar).getByRole('button', { name: /^Friday, 16 January 2026/ }));
    expect(document.querySelector('output')).toHaveTextContent('2026-01-16');
    expect(screen.queryByRole('group', { name: 'Calendar' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox')).toHaveFocus();
  });

  it('works with the keyboard alone and disables days outside the bounds', async () => {
    const onValueChange = vi.fn();
    const { user } = renderIn(
      <FeedStartDatePicker today={today} defaultValue={today} onValueChange={onValueChange} />,
    );
    await user.tab(); // input
    await user.tab(); // calendar button
    await user.keyboard('{Enter}');
    await screen.findByRole('grid');
    expect(document.activeElement).toHaveAccessibleName(/^Sunday, 15 March 2026, today, selected/);
    const tomorrow = screen.getByRole('button', { name: /^Monday, 16 March 2026/ });
    expect(tomorrow).toBeDisabled();
    expect(tomorrow).toHaveAccessibleName(/unavailable/);
    expect(screen.getByRole('button', { name: /next month/i })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.keyboard('{ArrowLeft}{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-03-14', { source: 'calendar' });
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByRole('group', { name: 'Calendar' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Calendar' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose the date on a calendar' })).toHaveFocus();
  });

  it('speaks French, with French day names and date order', async () => {
    const { user } = renderIn(<FeedStartDatePicker today={today} defaultValue="2026-03-02" />, {
      locale: 'fr-FR',
    });
    const input = screen.getByRole('textbox', { name: 'Date de début du flux' });
    expect(input).toHaveValue('02/03/2026');
    expect(input).toHaveAccessibleDescription(/entre le 15 mars 2025 et le 15 mars 2026/);
    await user.click(screen.getByRole('button', { name: 'Choisir la date dans un calendrier' }));
    await screen.findByRole('grid');
    expect(document.activeElement).toHaveAccessibleName('lundi 2 mars 2026, sélectionné');
    expect(screen.getByRole('grid')).toHaveAccessibleName('mars 2026');
  });

  it('stamps data attributes, takes class names, uses no inline styles, and passes axe', async () => {
    const { container, user } = renderIn(
      <FeedStartDatePicker today={today} classNames={{ input: 'my-input' }} className="mine" />,
    );
    const root = container.querySelector('[data-scope="feed-start-date-picker"][data-part="root"]');
    expect(root).toHaveAttribute('data-state', 'closed');
    expect(root).toHaveClass('mine');
    expect(screen.getByRole('textbox')).toHaveClass('my-input');
    await user.click(screen.getByRole('button', { name: 'Choose the date on a calendar' }));
    expect(root).toHaveAttribute('data-state', 'open');
    await screen.findByRole('grid');
    expect(container.querySelector('[style]')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });
});
