import { BankFeedsSetup } from '@bankfeeds/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { currentFake, FakeBankFeeds, fakeApi } from './support/fake-api';

/**
 * The whole journey on the fake Codat API (MSW): each story starts the fake in one scenario.
 * These are the states a customer can meet; the play functions walk the key paths.
 */
const meta = {
  title: 'Journey/BankFeedsSetup',
  component: BankFeedsSetup,
  args: { openLink: fn(), onFinish: fn(), onError: fn() },
  beforeEach: fakeApi(),
  render: (args, { globals }) => (
    <FakeBankFeeds locale={globals.locale === 'fr' ? 'fr-FR' : 'en-GB'}>
      <BankFeedsSetup {...args} />
    </FakeBankFeeds>
  ),
} satisfies Meta<typeof BankFeedsSetup>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the mapping table, so axe checks the loaded screen rather than the spinner. */
const mappingLoaded: Story['play'] = async ({ canvasElement }) => {
  await within(canvasElement).findByRole(
    'button',
    { name: /^(Connect accounts|Connecter les comptes)$/ },
    { timeout: 10_000 },
  );
};

export const Loading: Story = {
  beforeEach: fakeApi({ faults: [{ kind: 'latency', delayMs: 60_000 }] }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading your accounts…')).toBeVisible();
  },
};

export const NeedsXeroAuth: Story = {
  beforeEach: fakeApi({ scenario: 'needsAuth' }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('link', { name: 'Connect Xero' }));
    // The kit reads the connection for a fresh single-use link, then opens it.
    await waitFor(() => expect(args.openLink).toHaveBeenCalled());
    // The customer allows access in Xero; the kit is watching the connection.
    const { companyId, connectionId } = currentFake().ids;
    currentFake().authorizeConnection(companyId, connectionId);
    await canvas.findByRole('heading', { name: 'Choose accounts' }, { timeout: 10_000 });
  },
};

export const XeroConsentCancelled: Story = {
  name: 'Xero consent cancelled',
  beforeEach: fakeApi({ scenario: 'needsAuth' }),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('link', { name: 'Connect Xero' }));
    await waitFor(() => expect(args.openLink).toHaveBeenCalled());
    // The customer chooses Cancel on Xero's screen: Codat lists the refusal on the connection.
    const { companyId, connectionId } = currentFake().ids;
    currentFake().denyConnection(companyId, connectionId);
    await canvas.findByRole('heading', { name: 'Xero wasn’t connected' }, { timeout: 10_000 });
    await expect(canvas.getByRole('alert')).toHaveTextContent(/Access to Xero was refused/);
    await expect(canvas.getByRole('link', { name: 'Try again in Xero' })).toBeVisible();
  },
};

export const MapAndConnect: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await canvas.findByRole('combobox', { name: /Business Savings$/ }));
    await userEvent.click(await body.findByRole('option', { name: /^Business Reserve/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Connect accounts' }));
    await canvas.findByRole('heading', { name: 'Your bank feeds are set up' }, { timeout: 10_000 });
  },
};

export const BankFeedsDisabled: Story = {
  name: 'Bank feeds disabled (403)',
  beforeEach: fakeApi({ scenario: 'bankFeedsDisabled' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await canvas.findByRole('combobox', { name: /Business Savings$/ }));
    await userEvent.click(await body.findByRole('option', { name: /^Business Reserve/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Connect accounts' }));
    await canvas.findAllByText(/can’t receive bank feeds/, {}, { timeout: 10_000 });
    // Only the bank can fix it: no retry is offered.
    await expect(
      canvas.queryByRole('button', { name: /Try the failed accounts again/ }),
    ).toBeNull();
  },
};

export const Empty: Story = {
  // Linked after the accounts were registered (Codat's order), then every account was removed.
  beforeEach: fakeApi({
    arrange: (fake) => {
      const { companyId, connectionId } = fake.ids;
      for (const account of fake.listSourceAccounts(companyId, connectionId))
        fake.deleteSourceAccount(companyId, connectionId, account.id);
    },
  }),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('There are no bank accounts to connect.');
  },
};

export const ThousandAccounts: Story = {
  name: '1,000 accounts',
  beforeEach: fakeApi({ scenario: 'large' }),
};

export const Manage: Story = { args: { initialView: 'manage' } };

export const French: Story = { globals: { locale: 'fr' }, play: mappingLoaded };

export const Dark: Story = { globals: { theme: 'dark' }, play: mappingLoaded };

export const Unstyled: Story = { parameters: { unstyled: true }, play: mappingLoaded };

/** A connection with no source account yet: Xero's consent would fail, so the kit holds it. */
export const NoAccountsYet: Story = {
  beforeEach: fakeApi({ scenario: 'empty' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      /your bank hasn’t added any of your accounts/,
    );
    await expect(canvas.getByRole('button', { name: 'Connect Xero' })).toBeDisabled();
  },
};

/** "Disconnect from Xero" on the manager: a confirmation, then every feed shown stopped. */
export const DisconnectFromXero: Story = {
  args: { initialView: 'manage', onDisconnect: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Disconnect from Xero' }, { timeout: 10_000 }),
    );
    const dialog = await body.findByRole('alertdialog', { name: 'Disconnect from Xero?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect from Xero' }));
    await canvas.findByRole('button', { name: 'Connect Xero again' }, { timeout: 10_000 });
    await expect(args.onDisconnect).toHaveBeenCalled();
  },
};
