// The review queue's place on the dashboard and in the side panel.
import type { ComponentChildren } from 'preact';

export function ReviewQueueSlot({ children }: { children: ComponentChildren }) {
  return (
    <section class="review-queue-slot" aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading">Review queue</h2>
      {children}
    </section>
  );
}
