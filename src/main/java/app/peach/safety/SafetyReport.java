package app.peach.safety;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Verdict;

/** The verdict on a plan and its findings, most severe first. */
@Schema(name = "SafetyReport")
public record SafetyReport(Verdict verdict, List<Finding> findings) {
}
