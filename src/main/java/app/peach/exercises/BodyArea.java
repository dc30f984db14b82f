package app.peach.exercises;

import app.peach.web.ApiEnum;

/** Body areas a client may want to change ({@code targetAreas}). */
public enum BodyArea implements ApiEnum {
    GLUTES("glutes"),
    HIPS("hips"),
    THIGHS("thighs"),
    BELLY("belly"),
    ARMS("arms"),
    BACK("back");

    private final String apiValue;

    BodyArea(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
