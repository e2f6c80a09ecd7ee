import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { createRef, type ComponentProps, type ReactNode } from 'react';
import { renderIn } from '../../test/render';
import {
  DesignButton,
  DesignGroup,
  DesignInput,
  DesignLabel,
  DesignText,
  forwardsRef,
} from '../../test/parts';
import { FeedStartDatePicker } from './index';

const today = '2026-03-15';

function Picker(
  props: Partial<ComponentProps<typeof FeedStartDatePicker.Root>> & { children: ReactNode },
) {
  return <FeedStartDatePicker.Root today={today} {...props} />;
}

describe('FeedStartDatePicker parts: refs', () => {
  it('hands each part’s ref to its element, through forwardRef as React 18 needs', () => {
    const refs = {
      Root: createRef<HTMLDivElement>(),
      Label: createRef<HTMLLabelElement>(),
      Control: createRef<HTMLDivElement>(),
      Input: createRef<HTMLInputElement>(),
      Trigger: createRef<HTMLButtonElement>(),
      Description: createRef<HTMLParagraphElement>(),
      ErrorText: createRef<HTMLParagraphElement>(),
      Calendar: createRef<HTMLDivElement>(),
    };
    // More than a year back: the error text shows; open: the calendar shows.
    renderIn(
      <Picker ref={refs.Root} defaultValue="2024-01-01" defaultOpen>
        <FeedStartDatePicker.Label ref={refs.Label} />
        <FeedStartDatePicker.Control ref={refs.Control}>
          <FeedStartDatePicker.Input ref={refs.Input} />
          <FeedStartDatePicker.Trigger ref={refs.Trigger} />
        </FeedStartDatePicker.Control>
        <FeedStartDatePicker.Description ref={refs.Description} />
        <FeedStartDatePicker.ErrorText ref={refs.ErrorText} />
        <FeedStartDatePicker.Calendar ref={refs.Calendar} />
      </Picker>,
    );
    for (const name of Object.keys(refs) as (keyof typeof refs)[]) {
      const part = name.replace(/(?<=.)([A-Z])/g, '-$1').toLowerCase();
      expect(refs[name].current, name).toHaveAttribute('data-part', part);
      expect(forwardsRef(FeedStartDatePicker[name]), name).toBe(true);
    }
  });

  it('hands the preassembled picker’s ref to its root', () => {
    const ref = createRef<HTMLDivElement>();
    renderIn(<FeedStartDatePicker ref={ref} today={today} />);
    expect(ref.current).toHaveAttribute('data-scope', 'feed-start-date-picker');
    expect(ref.current).toHaveAttribute('data-part', 'root');
    expect(forwardsRef(FeedStartDatePicker)).toBe(true);
  });

  it('still moves focus between input, calendar and trigger when the host holds their refs', async () => {
    const input = createRef<HTMLInputElement>();
    const trigger = createRef<HTMLButtonElement>();
    const { user } = renderIn(
      <Picker defaultValue={today}>
        <FeedStartDatePicker.Label />
        <FeedStartDatePicker.Input ref={input} />
        <FeedStartDatePicker.Trigger ref={trigger} />
        <FeedStartDatePicker.Calendar />
      </Picker>,
    );
    await user.click(trigger.current!);
    await user.keyboard('{Escape}');
    expect(trigger.current).toHaveFocus();
    await user.click(trigger.current!);
    await user.click(await screen.findByRole('button', { name: /^Friday, 13 March 2026/ }));
    expect(input.current).toHaveFocus();
    expect(input.current).toHaveValue('13/03/2026');
  });
});

describe('FeedStartDatePicker parts: asChild', () => {
  it('opens the calendar from the host’s button, and returns focus to it on Escape', async () => {
    const { user } = renderIn(
      <Picker>
        <FeedStartDatePicker.Input aria-label="Start date" />
        <FeedStartDatePicker.Trigger asChild>
          <DesignButton>
            <span aria-hidden="true" data-icon="" />
          </DesignButton>
        </FeedStartDatePicker.Trigger>
        <FeedStartDatePicker.Calendar />
      </Picker>,
    );
    // The part's aria-label names the host's icon button, as it does the kit's.
    const trigger = screen.getByRole('button', { name: 'Choose the date on a calendar' });
    expect(trigger).toHaveAttribute('data-design', 'button');
    expect(trigger.querySelector('[data-icon]')).not.toBeNull();
    expect(trigger).toHaveAttribute('data-part', 'trigger');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.click(trigger);
    expect(screen.getByRole('group', { name: 'Calendar' })).toBeInTheDocument();
    expect(trigger).toHaveAttribute('data-state', 'open');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Calendar' })).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('leaves the calendar closed when the host’s button prevents the click', async () => {
    const { user } = renderIn(
      <Picker>
        <FeedStartDatePicker.Trigger asChild>
          <DesignButton onClick={(event) => event.preventDefault()} />
        </FeedStartDatePicker.Trigger>
        <FeedStartDatePicker.Calendar />
      </Picker>,
    );
    const trigger = screen.getByRole('button', { name: 'Choose the date on a calendar' });
    // An empty host button gets the kit's calendar icon.
    expect(trigger.querySelector('svg')).not.toBeNull();
    await user.click(trigger);
    expect(screen.queryByRole('group', { name: 'Calendar' })).toBeNull();
  });

  it('labels, describes and reads the host’s own label, group, input and texts', async () => {
    const onValueChange = vi.fn();
    const { user } = renderIn(
      <Picker onValueChange={onValueChange}>
        <FeedStartDatePicker.Label asChild>
          <DesignLabel>Start of the feed</DesignLabel>
        </FeedStartDatePicker.Label>
        <FeedStartDatePicker.Control asChild>
          <DesignGroup>
            <FeedStartDatePicker.Input asChild>
              <DesignInput className="mine" />
            </FeedStartDatePicker.Input>
          </DesignGroup>
        </FeedStartDatePicker.Control>
        <FeedStartDatePicker.Description asChild>
          <DesignText />
        </FeedStartDatePicker.Description>
        <FeedStartDatePicker.ErrorText asChild>
          <DesignText />
        </FeedStartDatePicker.ErrorText>
      </Picker>,
    );
    const input = screen.getByRole('textbox', { name: 'Start of the feed' });
    expect(input).toHaveAttribute('data-design', 'input');
    expect(input).toHaveAttribute('data-part', 'input');
    expect(input).toHaveClass('mine');
    expect(screen.getByText('Start of the feed')).toHaveAttribute('data-part', 'label');
    expect(input.parentElement).toHaveAttribute('data-design', 'group');
    expect(input.parentElement).toHaveAttribute('data-part', 'control');

    // The host's empty text gets the kit's explanation, under the id the input points to.
    const description = screen.getByText(/from 15 March 2025 to 15 March 2026/);
    expect(description).toHaveAttribute('data-design', 'text');
    expect(input).toHaveAccessibleDescription(description.textContent!);

    await user.type(input, '01/02/2026{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith('2026-02-01', { source: 'input' });
    expect(input).toHaveValue('01/02/2026');

    await user.clear(input);
    await user.type(input, '16/03/2026{Enter}');
    const error = screen.getByText(/can’t start after today/);
    expect(error).toHaveAttribute('data-design', 'text');
    expect(error).toHaveAttribute('data-part', 'error-text');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription(/can’t start after today/);
  });
});
