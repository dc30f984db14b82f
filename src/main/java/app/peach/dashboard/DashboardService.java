package app.peach.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.peach.checkins.CheckInService;
import app.peach.checkins.CheckInSummary;
import app.peach.coaching.ClientProfile;
import app.peach.coaching.ClientService;
import app.peach.progress.ProgressResponse;
import app.peach.progress.ProgressService;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;

/** The coach's clients, those needing attention first: verdict, then the count of the most severe findings, then name. */
@ApplicationScoped
public class DashboardService {
    private final ClientService clients;
    private final ProgressService progress;
    private final CheckInService checkIns;

    DashboardService(ClientService clients, ProgressService progress, CheckInService checkIns) {
        this.clients = clients;
        this.progress = progress;
        this.checkIns = checkIns;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DashboardPage dashboard(UUID coachId, int page, int size) {
        List<ClientProfile> all = clients.profiles(coachId);
        var byClient = progress.progressOf(all);
        var checkInsOf = checkIns.summariesOf(all.stream().map(ClientProfile::id).toList());
        List<DashboardEntry> entries = all.stream().map(c -> {
            ProgressResponse p = byClient.get(c.id());
            CheckInSummary s = checkInsOf.get(c.id());
            return new DashboardEntry(c.id(), c.name(), c.goal(), p.verdict(), p.trendWeightKg(), p.observedWeeklyRateKg(),
                    p.findings(), s.pendingCheckInId(), s.daysSinceApproved(), p.lastWorkoutDate(), p.workoutDaysLast14());
        }).sorted(Comparator.comparing(DashboardEntry::verdict).reversed()
                .thenComparing(e -> -count(e.findings(), Severity.BLOCK))
                .thenComparing(e -> -count(e.findings(), Severity.WARNING))
                .thenComparing(DashboardEntry::name)).toList();
        int from = (int) Math.min((long) page * size, entries.size());
        return new DashboardPage(entries.subList(from, Math.min(from + size, entries.size())), page, size, entries.size());
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
