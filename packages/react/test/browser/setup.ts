import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import '../../src/styles.css';

// Real layout and styles: the kit's theme is loaded so the browser lays the mapper out as users see it.
afterEach(() => cleanup());
