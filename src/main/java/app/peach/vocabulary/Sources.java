package app.peach.vocabulary;

/** The guidelines and papers behind the safety thresholds (shared/reference/sources.md §3–4). */
public final class Sources {
    public static final String HARVARD_FLOOR = "Harvard Health Publishing, \"Calorie counting made easy\": not below "
            + "1,200 kcal/day (women) or 1,500 (men) except under the supervision of a health professional";
    public static final String CDC_RATE = "CDC, \"Losing Weight\": about 1-2 lb (0.45-0.9 kg) a week, "
            + "a 500-1,000 kcal/day deficit";
    public static final String ISSN_PROTEIN = "Jäger R et al., ISSN position stand: protein and exercise, "
            + "J Int Soc Sports Nutr 2017;14:20 (1.4-2.0 g/kg/day; 2.3-3.1 g/kg/day for trained people while dieting)";
    public static final String GOAL_SURPLUS = "Peach goal catalog calorie policy: a modest surplus, about +5-10 % "
            + "of maintenance and never more than +500 kcal/day (glute_growth); at most +5 % / +250 kcal (hip_dips)";
    public static final String ACSM_REST = "Ratamess NA et al., ACSM position stand: progression models in resistance "
            + "training, Med Sci Sports Exerc 2009;41:687-708 (train a muscle group on non-consecutive days)";
    public static final String PAG_STRENGTH = "Physical Activity Guidelines for Americans, 2nd ed. (HHS 2018): "
            + "muscle-strengthening activities on 2 or more days a week";
    public static final String PAG_AEROBIC = "Physical Activity Guidelines for Americans, 2nd ed. (HHS 2018): "
            + "150 min moderate or 75 min vigorous aerobic activity a week, or an equivalent mix";
    public static final String SPOT_REDUCTION = "Fat is lost across the whole body during an energy deficit; local "
            + "exercise does not reduce the fat over the exercised muscle (Vispute SS et al., J Strength Cond Res "
            + "2011;25:2559-64; Ramirez-Campillo R et al., J Strength Cond Res 2013;27:2219-24)";
    public static final String HIP_DIPS = "Peach goal catalog (hip_dips): hip-dip depth is set by pelvis and femur "
            + "shape; drastic weight loss can make dips more visible, so no deficit beyond 500 kcal/day "
            + "(the lower end of the CDC range)";
    public static final String WHO_BMI = "WHO, Obesity: preventing and managing the global epidemic, TRS 894 (2000): "
            + "BMI under 18.5 is underweight";
    public static final String PREGNANCY = "Dietary Guidelines for Americans 2020-2025, Appendix 2, Table A2-3: energy "
            + "needs rise in the 2nd and 3rd trimesters (+340 and +452 kcal/day); weight-loss diets in pregnancy need "
            + "a clinician";
    public static final String RED_S = "Mountjoy M et al., IOC consensus statement on relative energy deficiency in "
            + "sport (RED-S): 2018 update, Br J Sports Med 2018;52:687-97 (low energy availability under about "
            + "30 kcal/kg FFM/day, after Loucks)";
    public static final String ENERGY_PER_KG = "About 7,700 kcal per kg of body weight change (3,500 kcal/lb), the "
            + "static rule behind the CDC figures; Hall KD, Int J Obes 2008;32:573-6 on its limits";
    public static final String AMDR = "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, "
            + "carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy";
    public static final String NAVY_BODY_FAT = "Hodgdon JA, Beckett MB, Prediction of percent body fat for U.S. Navy "
            + "men and women from body circumferences and height, Naval Health Research Center reports 84-11 and 84-29 "
            + "(1984)";
    public static final String RELATIVE_FAT_MASS = "Woolcott OO, Bergman RN, Relative fat mass (RFM) as a new estimator "
            + "of whole-body fat percentage, Sci Rep 2018;8:10980";
    public static final String WHO_WAIST_HIP = "WHO, Waist circumference and waist-hip ratio: report of a WHO expert "
            + "consultation, Geneva 2008 (substantially increased metabolic risk at a ratio of 0.90 or more in men, "
            + "0.85 or more in women)";
    public static final String WAIST_TO_HEIGHT = "Ashwell M, Gunn P, Gibson S, Waist-to-height ratio is a better "
            + "screening tool than waist circumference and BMI for adult cardiometabolic risk factors, Obes Rev "
            + "2012;13:275-86 (boundary value 0.5)";
    public static final String WAIST_VS_HIPS = "WHO expert consultation on waist circumference and waist-hip ratio "
            + "(Geneva 2008): the waist tracks abdominal fat; with the modest surplus of the Peach goal catalog, a waist "
            + "growing faster than the hips points at fat gain rather than glute growth";
    public static final String CHECK_IN_POLICY = "Peach check-in policy (shared/reference/sources.md): a 14-day window, "
            + "at least 10 days of weigh-ins and of intake, targets moved at most 150 kcal/day a check-in";
    public static final String VOLUME_GROWTH_DOSE = "Schoenfeld BJ, Ogborn D, Krieger JW, Dose-response relationship "
            + "between weekly resistance training volume and increases in muscle mass: a systematic review and "
            + "meta-analysis, J Sports Sci 2017;35:1073-82 (10 or more weekly sets per muscle gave larger gains)";
    public static final String VOLUME_STUDIED_RANGE = "Baz-Valle E et al., A systematic review of the effects of "
            + "different resistance training volumes on muscle hypertrophy, J Hum Kinet 2022;81:199-210 (12-20 weekly "
            + "sets per muscle; no clear added benefit beyond about 20)";

    private Sources() {
    }
}
