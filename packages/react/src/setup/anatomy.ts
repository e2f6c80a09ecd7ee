import { createAnatomy } from '../internal/anatomy';

/**
 * `BankFeedsSetup`'s own parts: the `data-part` each renders under `data-scope="bank-feeds-setup"`
 * (the mapper and manager it shows keep their own scopes). The react README's "Parts" table lists
 * these; a test keeps them in step. `BankFeedsSetup` takes `className` for its root and no
 * `classNames`: style its steps through these attributes.
 */
export const bankFeedsSetupAnatomy = createAnatomy('bank-feeds-setup', {
  root: 'root',
  header: 'header',
  title: 'title',
  close: 'close',
  steps: 'steps',
  step: 'step',
  panel: 'panel',
  heading: 'heading',
  alert: 'alert',
  actions: 'actions',
  link: 'link',
  announcer: 'announcer',
});
