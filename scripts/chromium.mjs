// How every real-browser harness in this repository starts Debian's Chromium: no browser download,
// and no background connections (the machines that run the tests reach only package registries).

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's package. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless run as root, with no background networking. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
