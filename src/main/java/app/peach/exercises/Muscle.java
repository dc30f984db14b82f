package app.peach.exercises;

import app.peach.web.ApiEnum;

/** Muscle slugs of the contract ({@code muscleGroups}, {@code muscle} filters). */
public enum Muscle implements ApiEnum {
    GLUTEUS_MAXIMUS("gluteus_maximus"),
    GLUTEUS_MEDIUS("gluteus_medius"),
    GLUTEUS_MINIMUS("gluteus_minimus"),
    HIP_FLEXORS("hip_flexors"),
    QUADRICEPS("quadriceps"),
    HAMSTRINGS("hamstrings"),
    ADDUCTORS("adductors"),
    CORE("core"),
    LOWER_BACK("lower_back"),
    LATISSIMUS_DORSI("latissimus_dorsi"),
    CALVES("calves");

    private final String apiValue;

    Muscle(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }
}
