package app.peach.measurements;

/** Examples for the OpenAPI document, copied from real responses (a woman 165 cm tall). */
final class MeasurementExamples {
    private MeasurementExamples() {
    }

    static final String REQUEST = """
            {"waistCm":70.5,"hipCm":101,"thighCm":58,"neckCm":32,"bodyFatPercent":27}""";

    static final String REQUEST_INCHES = """
            {"waistIn":27.75,"hipIn":39.75}""";

    static final String ENTRY = """
            {
              "date": "2026-11-19",
              "waistCm": 70.5,
              "hipCm": 101.0,
              "thighCm": 58.0,
              "neckCm": 32.0,
              "bodyFatPercent": 27.0,
              "navyBodyFatPercent": 28.2
            }""";

    static final String LIST = """
            [
              {
                "date": "2026-10-22",
                "waistCm": 70.5,
                "hipCm": 101.0,
                "thighCm": null,
                "neckCm": null,
                "bodyFatPercent": null,
                "navyBodyFatPercent": null
              },
              {
                "date": "2026-11-19",
                "waistCm": 70.5,
                "hipCm": 101.0,
                "thighCm": 58.0,
                "neckCm": 32.0,
                "bodyFatPercent": 27.0,
                "navyBodyFatPercent": 28.2
              }
            ]""";

    static final String VALIDATION_PROBLEM = """
            {
              "type": "https://peach.app/problems/validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "1 field is invalid: hipIn",
              "violations": [
                {
                  "field": "hipIn",
                  "message": "must not be given together with hipCm: send exactly one of the pair"
                }
              ]
            }""";
}
