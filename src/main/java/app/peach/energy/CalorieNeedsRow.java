package app.peach.energy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import app.peach.vocabulary.Sex;

/**
 * One cell of the Dietary Guidelines for Americans 2020–2025 Table A2-2 (migration V1): estimated
 * calories per day for a sex, an age band and an activity level. {@code ageTo} is null for "76 and up".
 */
@Entity
@Table(name = "dga_calorie_needs")
public class CalorieNeedsRow {
    @Id
    Long id;

    Sex sex;

    @Column(name = "age_from")
    int ageFrom;

    @Column(name = "age_to")
    Integer ageTo;

    @Column(name = "activity_level")
    DgaActivityLevel activityLevel;

    int kcal;

    String source;

    public Sex sex() {
        return sex;
    }

    public int ageFrom() {
        return ageFrom;
    }

    public Integer ageTo() {
        return ageTo;
    }

    public DgaActivityLevel activityLevel() {
        return activityLevel;
    }

    public int kcal() {
        return kcal;
    }

    public String source() {
        return source;
    }
}
