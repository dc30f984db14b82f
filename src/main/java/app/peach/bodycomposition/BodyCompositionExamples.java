package app.peach.bodycomposition;

/** Request and response examples for the OpenAPI document (each request runs from Swagger UI as it stands). */
final class BodyCompositionExamples {
    private BodyCompositionExamples() {
    }

    static final String REQUEST_WOMAN = """
            {"sex":"female","heightCm":165,"weightKg":60,"waistCm":70,"hipCm":100,"neckCm":32}""";

    static final String REQUEST_MAN_IMPERIAL = """
            {"sex":"male","heightIn":70.9,"weightLb":176,"waistIn":33.5,"neckIn":15}""";

    static final String RESPONSE_WOMAN = """
            {
              "navyBodyFatPercent": 27.4,
              "rfmPercent": 28.9,
              "waistToHipRatio": 0.7,
              "waistToHeightRatio": 0.42,
              "fatFreeMassKg": 43.5,
              "findings": []
            }""";

    static final String VALIDATION_PROBLEM = """
            {
              "type": "https://peach.app/problems/validation",
              "title": "Invalid request",
              "status": 400,
              "detail": "1 field is invalid: waistCm",
              "violations": [{"field": "waistCm", "message": "must be larger than the neck (30.0 cm against 32.0 cm): the Navy equation takes the logarithm of waist − neck"}]
            }""";
}
