import { createAnatomy } from '../internal/anatomy';

/**
 * `BankFeedsSetup`'s own parts: the `data-part` each renders under `data-scope="bank-feeds-setup"`
 * (the mapper and manager it shows keep their own scopes). The react README's "Parts" list lists
 * these; a test keeps them in step. `BankFeedsSetup` takes `className` for its root and no
 * `classNames`: style its steps through these attributes.
 */
export const bankFeedsSetupAnatomy = /* @__PURE__ */ createAnatomy('bank-feeds-setup', [
  'root',
  'header',
  'title',
  'close',
  'steps',
  'step',
  'panel',
  'heading',
  'alert',
  'actions',
  'link',
  'announcer',
]);
