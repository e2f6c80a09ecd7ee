/**
 * The page the interaction benchmark loads: the mapper with 1,000 accounts × 500 targets, in
 * React's production build with the kit's styles, plus the probes the runner (`run.mjs`) reads.
 *
 * "Next paint" is taken as a person sees it: a `requestAnimationFrame` callback runs just before
 * the frame that shows the update is drawn, and a message posted from it is handled just after.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '@bankfeeds/react/styles.css';
import { Harness, accounts } from '../mapper-at-scale';

/** Calls `done` once the next frame has been painted. */
function afterNextPaint(done: () => void) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
}

interface EventTiming {
  name: string;
  startTime: number;
  duration: number;
  interactionId: number;
}

interface Probe {
  /** Mount to committed DOM, and mount to the first painted frame, in ms. */
  firstRender?: { commit: number; paint: number };
  /** Mount to the first painted frame with every row in the DOM, in ms. */
  allRows?: number;
  /** Every Event Timing entry seen (events over 16 ms; Chromium rounds durations to 8 ms). */
  events: EventTiming[];
  /** Resolves with the event's time stamp and the time from it to the next painted frame. */
  arm(type: 'pointerdown' | 'pointerup'): void;
  done: Promise<{ timeStamp: number; toPaint: number }> | null;
}

const probe: Probe = {
  events: [],
  done: null,
  arm(type) {
    probe.done = new Promise((resolve) => {
      // Capture on window runs before React's listener, so the frame requested here is the one
      // that follows the update.
      window.addEventListener(
        type,
        (event) => {
          const { timeStamp } = event;
          afterNextPaint(() => resolve({ timeStamp, toPaint: performance.now() - timeStamp }));
        },
        { capture: true, once: true },
      );
    });
  },
};
(window as unknown as { probe: Probe }).probe = probe;

new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as unknown as EventTiming[]) {
    probe.events.push({
      name: entry.name,
      startTime: entry.startTime,
      duration: entry.duration,
      interactionId: entry.interactionId,
    });
  }
}).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);

const container = document.getElementById('root')!;
const started = performance.now();
const root = createRoot(container);
flushSync(() => root.render(<Harness />));
const commit = performance.now() - started;
afterNextPaint(() => {
  probe.firstRender = { commit, paint: performance.now() - started };
});
// The table renders its first screenful at once and the other rows in later slices: checked
// once a frame, until the last of them has been painted.
const body = () => container.querySelector('tbody');
(function waitForAllRows() {
  requestAnimationFrame(() => {
    if ((body()?.rows.length ?? 0) < accounts.length) return waitForAllRows();
    afterNextPaint(() => {
      probe.allRows = performance.now() - started;
    });
  });
})();
