// The kit's theme is imported for its side effect: Vite injects it into the test page.
declare module '*.css';
