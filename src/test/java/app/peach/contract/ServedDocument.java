package app.peach.contract;

import io.restassured.RestAssured;

/** The document of the service the current {@code @QuarkusTest} runs. */
final class ServedDocument {
    private ServedDocument() {
    }

    static OpenApiDocument get() {
        return OpenApiDocument.servedBy(RestAssured.baseURI + ":" + RestAssured.port);
    }
}
