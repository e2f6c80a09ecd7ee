import { FeedStartDatePicker } from '@bankfeeds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { today } from './support/fixtures';

/** The day a feed starts: typed or picked, never after today nor more than a year back. */
const meta = {
  title: 'Components/FeedStartDatePicker',
  component: FeedStartDatePicker,
  args: { today, defaultValue: today, onValueChange: fn() },
} satisfies Meta<typeof FeedStartDatePicker>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const PickFromCalendar: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Choose the date on a calendar' }));
    const calendar = await within(canvasElement.ownerDocument.body).findByRole('group', {
      name: 'Calendar',
    });
    // The calendar module arrives with `import()` on first open; its days show once it has.
    await userEvent.click(
      await within(calendar).findByRole('button', { name: /^Monday, 2 November 2026/ }),
    );
    await expect(args.onValueChange).toHaveBeenLastCalledWith('2026-11-02', expect.anything());
  },
};

export const TooOld: Story = {
  args: { defaultValue: '2025-01-01' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Feed start date' });
    await userEvent.click(input);
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const French: Story = { globals: { locale: 'fr' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Unstyled: Story = { parameters: { unstyled: true } };
