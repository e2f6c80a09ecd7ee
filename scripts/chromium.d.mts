/** Where Chromium is: `CHROMIUM_PATH`, or Debian's package. */
export declare const chromiumPath: string;
/** Flags for a headless run as root, with no background networking. */
export declare const chromiumArgs: string[];
