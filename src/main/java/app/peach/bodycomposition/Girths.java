package app.peach.bodycomposition;

import static app.peach.vocabulary.Wording.fixed;

import app.peach.energy.MetricPairs;
import app.peach.vocabulary.InvalidInput;

/** The one consistency rule between tape measurements that requests must meet. */
public final class Girths {
    private Girths() {
    }

    /**
     * A waist not larger than the neck is refused, naming the waist field the client sent: the Navy equation
     * takes the logarithm of (waist − neck), which is undefined there, and no adult measures so.
     */
    public static void checkWaistAboveNeck(MetricPairs.Given waist, MetricPairs.Given neck) {
        Double w = waist.resolved();
        Double n = neck.resolved();
        if (w != null && n != null && !NavyBodyFat.waistAboveNeck(w, n)) {
            throw new InvalidInput(waist.sentField(), "must be larger than the neck (" + fixed(w, 1) + " cm against "
                    + fixed(n, 1) + " cm): the Navy equation takes the logarithm of waist − neck");
        }
    }
}
