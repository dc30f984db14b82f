package app.peach.checkins;

import java.util.UUID;

/** A client's check-ins at a glance (the dashboard): the pending one, and how long since one was approved. */
public record CheckInSummary(UUID pendingCheckInId, Integer daysSinceApproved) {
}
