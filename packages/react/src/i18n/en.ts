/**
 * English messages, the reference catalog: every other catalog has exactly these keys.
 * `{name}` placeholders are filled by `translate`; keys ending in `.one`/`.other` are plural forms
 * picked with `Intl.PluralRules`.
 */
export const en = {
  // Shared
  'common.cancel': 'Cancel',
  'common.notAvailable': '—',

  // Feed statuses (source accounts)
  'status.pending': 'Not connected',
  'status.connecting': 'Connecting…',
  'status.connected': 'Connected',
  'status.disconnected': 'Disconnected',
  'status.unknown': 'Unknown',

  // Xero connection statuses
  'connection.Linked': 'Connected',
  'connection.PendingAuth': 'Waiting for you to sign in to Xero',
  'connection.Unlinked': 'Disconnected',
  'connection.Deauthorized': 'Xero access has expired',

  // Feed start date picker
  'datePicker.label': 'Feed start date',
  'datePicker.formatHint': 'For example {example}',
  'datePicker.openCalendar': 'Choose the date on a calendar',
  'datePicker.closeCalendar': 'Close the calendar',
  'datePicker.calendar': 'Calendar',
  'datePicker.loading': 'Loading calendar…',
  'datePicker.loadFailed':
    'The calendar could not load. Type the date, or close and open it again.',
  'datePicker.months': 'Months',
  'datePicker.previousMonth': 'Go to the previous month',
  'datePicker.nextMonth': 'Go to the next month',
  'datePicker.bounds':
    'Xero accepts transactions from up to one year back, so choose a day from {earliest} to {latest} (today).',
  'datePicker.day.today': '{label}, today',
  'datePicker.day.selected': '{label}, selected',
  'datePicker.day.unavailable': '{label}, unavailable',
  'datePicker.error.required': 'Choose a feed start date.',
  'datePicker.error.invalid-date': 'Enter a real date, for example {example}.',
  'datePicker.error.date-in-future': 'A feed can’t start after today ({latest}).',
  'datePicker.error.date-too-old':
    'A feed can’t start more than one year back (before {earliest}).',

  // Account mapper
  'mapper.title': 'Choose where each account feeds into Xero',
  'mapper.description':
    'Pick an existing Xero bank account, let Xero create a new one, or leave the account out.',
  'mapper.column.account': 'Bank account',
  'mapper.column.balance': 'Balance',
  'mapper.column.target': 'Xero account',
  'mapper.column.startDate': 'Feed start date',
  'mapper.column.status': 'Status',
  'mapper.accountEnding': 'ending {last4}',
  'mapper.sortCode': 'Sort code {sortCode}',
  'mapper.target.label': 'Xero account for {account}',
  'mapper.target.existing': 'Existing Xero accounts',
  'mapper.target.other': 'Other choices',
  'mapper.target.createNew': 'Create new account “{name}”',
  'mapper.target.skip': 'Don’t connect',
  'mapper.target.none': 'No {currency} account of this type in Xero yet.',
  'mapper.target.takenBy': '{name} (chosen for {account})',
  'mapper.target.loading': 'Loading…',
  'mapper.target.loadFailed': 'The list of Xero accounts couldn’t load. Try again.',
  'mapper.startDate.label': 'Feed start date for {account}',
  'mapper.startDate.calendar': 'Choose the feed start date for {account} on a calendar',
  'mapper.table.label': 'Accounts to connect to Xero',
  'mapper.row.announce': '{account}: {status}',
  'mapper.suggestion': 'Suggested: {name}, {reason}.',
  'mapper.suggestion.account-number': 'same account number',
  'mapper.suggestion.name': 'same name',
  'mapper.suggestion.accept': 'Use suggestion',
  'mapper.suggestion.acceptFor': 'Use suggestion: {name} for {account}',
  'mapper.suggestions.acceptAll.one': 'Accept {count} suggestion',
  'mapper.suggestions.acceptAll.other': 'Accept {count} suggestions',
  'mapper.suggestions.accepted.one': '{count} suggestion accepted.',
  'mapper.suggestions.accepted.other': '{count} suggestions accepted.',
  'mapper.applyAll.label': 'Feed start date for all accounts',
  'mapper.applyAll.button': 'Apply to all accounts',
  'mapper.applyAll.done.one': 'Feed start date set to {date} for {count} account.',
  'mapper.applyAll.done.other': 'Feed start date set to {date} for {count} accounts.',
  'mapper.connectedTo': 'Feeds into {target}',
  'mapper.row.submitting': 'Connecting…',
  'mapper.row.connected': 'Connected',
  'mapper.row.failed': 'Not connected',
  'mapper.validation.required':
    'Choose a Xero account, or a new one, for at least one bank account.',
  'mapper.validation.target-taken':
    '{target} is already chosen for {account}. Each Xero account takes one feed.',
  'mapper.validation.currency-not-enabled':
    'Your Xero organisation doesn’t use {currency}. Turn on multi-currency in Xero, or choose “Don’t connect”.',
  'mapper.validation.target-not-offered': 'This Xero account can’t take this feed. Choose another.',
  'mapper.problems.item': '{account}: {problem}',
  'mapper.empty': 'There are no bank accounts to connect.',
  'mapper.summary.one': '{count} account will be connected.',
  'mapper.summary.other': '{count} accounts will be connected.',
  'mapper.submit': 'Connect accounts',
  'mapper.fixErrors.one': 'Fix {count} problem before connecting.',
  'mapper.fixErrors.other': 'Fix {count} problems before connecting.',

  // Connection manager
  'manager.title': 'Your bank feeds in Xero',
  'manager.organisation': 'Xero organisation',
  'manager.connection': 'Connection',
  'manager.reconnect': 'Reconnect Xero',
  'manager.reconnectHint': 'Sign in to Xero again so your feeds can carry on.',
  'manager.column.source': 'Bank account',
  'manager.column.target': 'Xero account',
  'manager.column.startDate': 'Started',
  'manager.column.status': 'Status',
  'manager.column.actions': 'Actions',
  'manager.disconnect': 'Disconnect',
  'manager.disconnectAccount': 'Disconnect {account}',
  'manager.confirm.title': 'Disconnect {account}?',
  'manager.confirm.body':
    'Transactions from {account} will stop going to {target} in Xero. You can connect the account again later.',
  'manager.confirm.confirm': 'Disconnect',
  'manager.confirm.working': 'Disconnecting…',
  'manager.disconnected': '{account} is disconnected. You can connect it again.',
  'manager.empty': 'No bank feeds are connected yet.',
  'manager.addAccounts': 'Connect accounts',
  'manager.loading': 'Loading your bank feeds…',
  'manager.loadFailed': 'Your bank feeds couldn’t be loaded.',
  'manager.dialogLoadFailed': 'The confirmation couldn’t load. Try again.',
  'manager.end': 'Disconnect from Xero',
  'manager.end.title': 'Disconnect from Xero?',
  'manager.end.unlink':
    'Your bank will stop sending transactions to {organisation}: every bank feed stops. What is already in Xero stays there. You can connect Xero again later and carry on with the same accounts.',
  'manager.end.delete':
    'Your bank will stop sending transactions to {organisation}: every bank feed stops and this connection is removed for good. What is already in Xero stays there. To use bank feeds again, you will connect Xero and choose your accounts again.',
  'manager.end.confirm': 'Disconnect from Xero',
  'manager.end.working': 'Disconnecting from Xero…',
  'manager.ended': 'You’re disconnected from Xero. Your bank feeds have stopped.',
  'manager.connectAgain': 'Connect Xero again',
  'manager.firstAuthorised': 'Connected since',
  'manager.lastSync': 'Last synced',
  'manager.feedStopped': 'Stopped',

  // The whole journey
  'setup.title': 'Bank feeds to Xero',
  'setup.step': 'Step {current} of {total}: {name}',
  'setup.step.connect': 'Connect Xero',
  'setup.step.map': 'Choose accounts',
  'setup.step.done': 'Done',
  'setup.loading': 'Loading your accounts…',
  'setup.needsAuth.title': 'Connect to Xero',
  'setup.needsAuth.body':
    'Sign in to Xero and choose the organisation your bank transactions should go to. Xero opens in a new tab.',
  'setup.needsAuth.connect': 'Connect Xero',
  'setup.needsAuth.waiting': 'Waiting for you to finish in Xero…',
  'setup.needsAuth.check': 'I’ve finished in Xero',
  'setup.needsAuth.preparing': 'Your bank is getting your accounts ready for Xero…',
  'setup.needsAuth.noAccounts':
    'Xero can’t be connected yet: your bank hasn’t added any of your accounts to this connection. Check again in a moment; if nothing changes, contact your bank.',
  'setup.needsAuth.checkAccounts': 'Check again',
  'setup.disabled.title': 'Bank feeds aren’t available for this Xero organisation',
  'setup.authFailed.title': 'Xero wasn’t connected',
  'setup.authFailed.cancelled':
    'Access to Xero was refused: the request was cancelled in Xero, so nothing was shared. You can try again.',
  'setup.authFailed.no-source-accounts':
    'Xero refused the connection because your bank hadn’t registered your accounts yet. Try again; if it happens again, contact your bank.',
  'setup.authFailed.organisation-limit':
    'Xero refused the connection: your bank’s Xero app has reached the number of organisations Xero allows. Contact your bank.',
  'setup.authFailed.other': 'Xero refused the connection. Try again, or contact your bank.',
  'setup.authFailed.retry': 'Try again in Xero',
  'setup.organisation': 'Connected to {name}',
  'setup.submitting': 'Connecting {done} of {total} accounts…',
  'setup.confirming': 'Waiting for Xero to confirm…',
  'setup.done.title': 'Your bank feeds are set up',
  'setup.done.connected.one': '{count} account connected.',
  'setup.done.connected.other': '{count} accounts connected.',
  'setup.done.failed.one': '{count} account couldn’t be connected.',
  'setup.done.failed.other': '{count} accounts couldn’t be connected.',
  'setup.done.retryFailed': 'Try the failed accounts again',
  'setup.done.manage': 'Manage bank feeds',
  'setup.done.finish': 'Finish',
  'setup.failed.title': 'Bank feeds couldn’t be set up',
  'setup.close': 'Close',

  // Errors: one per code the kit can raise, plus the actions that may follow
  'error.title': 'Something went wrong',
  'error.reference': 'Reference: {id}',
  'error.action.retry': 'Try again',
  'error.action.reconnect': 'Reconnect Xero',
  'error.action.contactBank': 'Contact your bank',
  'error.bad-request': 'The request wasn’t accepted. Check your choices and try again.',
  'error.unauthorized': 'Your session has expired. Reload the page and sign in again.',
  'error.forbidden':
    'You don’t have permission to do this in Xero. Ask the organisation’s adviser or owner.',
  'error.company-limit-reached': 'Bank feeds aren’t available right now. Contact your bank.',
  'error.not-found': 'We couldn’t find this account or connection any more. Reload and try again.',
  'error.conflict': 'Something changed while you were working. Reload and try again.',
  'error.rate-limited': 'Too many requests right now. Wait a moment and try again.',
  'error.server-error': 'Something went wrong on our side. Try again.',
  'error.service-unavailable': 'The service is unavailable right now. Try again in a few minutes.',
  'error.bank-feeds-disabled':
    'This Xero organisation can’t receive bank feeds yet: your bank must enable bank feeds with Xero and Codat. Trying again won’t help until it has; contact your bank.',
  'error.multi-currency-disabled':
    'This Xero organisation doesn’t use multiple currencies. Turn on multi-currency in Xero, or leave out accounts in other currencies.',
  'error.target-already-connected':
    'That Xero account already has a bank feed. Choose another Xero account or create a new one.',
  'error.source-account-exists': 'This bank account is already registered. Reload and try again.',
  'error.invalid-end-balance': 'Xero didn’t accept the account balance. Contact your bank.',
  'error.duplicate-statement':
    'Xero already has these transactions. Contact your bank if this keeps happening.',
  'error.push-failed': 'Transactions couldn’t be sent to Xero. Contact your bank.',
  'error.push-timed-out': 'Xero took too long to accept transactions. Contact your bank.',
  'error.invalid-request': 'Some details aren’t valid. Check your choices and try again.',
  'error.invalid-response': 'We received an unexpected answer. Try again, or contact your bank.',
  'error.network-error': 'You seem to be offline. Check your connection and try again.',
  'error.timeout': 'This is taking too long. Try again.',
  'error.aborted': 'The request was cancelled. Try again.',
  'error.api-key-in-browser': 'Bank feeds are set up incorrectly on this site. Contact your bank.',
  'error.unknown': 'Something unexpected went wrong. Try again, or contact your bank.',
} as const satisfies Record<string, string>;

/** Every message the kit shows, by key. A catalog for another language must supply them all. */
export type Messages = { readonly [K in keyof typeof en]: string };
/** The key of one message. */
export type MessageKey = keyof Messages;
