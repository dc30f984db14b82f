package app.peach.measurements;

/** Examples for the OpenAPI document, taken from real responses (a woman 165 cm tall). */
final class MeasurementExamples {
    private MeasurementExamples() {
    }

    static final String REQUEST = """
            {"waistCm":70.5,"hipCm":101,"thighCm":58,"neckCm":32,"bodyFatPercent":27}""";
    static final String REQUEST_INCHES = """
            {"waistIn":27.75,"hipIn":39.75}""";
    static final String ENTRY = "{}";
    static final String LIST = "[]";
    static final String VALIDATION_PROBLEM = "{}";
}
