// ─── Review queue (issue 5) ───────────────────────────────────────────────────────────────────────────────
// The review queue of the dashboard and the side panel: open review comments of each ideas page visited, from
// the stored snapshots (components/ReviewQueueFromSnapshots.tsx; components/ReviewQueue.tsx is the plain-data
// list it renders).
import { ReviewQueueFromSnapshots } from '../ReviewQueueFromSnapshots';

export function ReviewQueueSlot() {
  return (
    <section class="review-queue-slot" aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading">Review queue</h2>
      <ReviewQueueFromSnapshots />
    </section>
  );
}
