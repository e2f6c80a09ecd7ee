import '@testing-library/jest-dom/vitest';
import { afterEach, expect } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import * as axeMatchers from 'vitest-axe/matchers';

expect.extend(axeMatchers);
afterEach(() => cleanup());

// `findBy…` waits for what arrives asynchronously (the fake's replies, the calendar's chunk). A
// busy machine may take longer than the default second; a wait ends as soon as the element shows,
// so a longer bound only changes how long a genuine failure takes to report.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks the pointer-capture and scrolling APIs the parts may call (server-rendering tests
// run without a DOM at all).
if (typeof Element !== 'undefined' && !Element.prototype.hasPointerCapture) {
  Element.prototype.hasPointerCapture = () => false;
  Element.prototype.setPointerCapture = () => {};
  Element.prototype.releasePointerCapture = () => {};
}
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = () => {};
}
