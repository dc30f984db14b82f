package app.peach.checkins;

/**
 * Examples for the OpenAPI document, copied from real responses (a fat_loss client, 165 cm, steady at 70 kg on
 * 1,800 kcal a day for 14 days, then on 2,100), so that each reads as the service answers.
 */
final class CheckInExamples {
    private CheckInExamples() {
    }

    static final String ID = "16761140-41f5-49c4-bee7-72badeb3701a";

    static final String PENDING_CAPPED = """
            {
              "id": "2d866ccd-3598-49ec-8c22-969f7224dc7f",
              "date": "2026-11-23",
              "status": "pending",
              "currentTargets": {
                "goal": "fat_loss",
                "maintenanceKcal": 1800,
                "targetKcal": 1250,
                "adjustmentKcal": -550,
                "weeklyChangeKg": -0.5,
                "macros": {
                  "proteinG": 109,
                  "fatG": 35,
                  "carbsG": 125,
                  "fiberG": 18,
                  "proteinGPerKg": 1.56
                },
                "safety": {
                  "verdict": "ok",
                  "findings": [
                    {
                      "code": "CARBS_BELOW_AMDR",
                      "severity": "info",
                      "message": "Carbohydrate is 40 % of energy, under the AMDR's 45 %: protein and fat take the rest at this intake.",
                      "limit": 45.0,
                      "actual": 40.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    },
                    {
                      "code": "PROTEIN_CAPPED_AT_AMDR",
                      "severity": "info",
                      "message": "2.0 g/kg would be 140 g of protein, more than 35 % of 1250 kcal; protein is held at 109 g.",
                      "limit": 109.0,
                      "actual": 140.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    }
                  ]
                },
                "guidance": [
                  "A calorie deficit is what makes fat go: eat less than you burn, every day, over weeks.",
                  "You cannot choose where fat leaves first: exercising the butt does not burn the fat on it (spot reduction is a myth).",
                  "Lose about 0.5-1 kg a week at most (1-2 lb): a deficit of 500-1,000 kcal a day.",
                  "Keep protein high (at least 1.4 g per kg, more if you lift and are lean) to hold on to muscle while dieting.",
                  "Strength-train every major muscle group at least twice a week, without piling on volume you cannot recover from.",
                  "Move: at least 150 minutes of moderate or 75 minutes of vigorous aerobic activity a week, more to lose weight.",
                  "No crash diets: women should not go below 1,200 kcal a day, men below 1,500, without medical supervision."
                ],
                "formula": "katch_mcardle",
                "floorKcal": 1200,
                "weeksToTargetWeight": null
              },
              "proposedTargets": {
                "goal": "fat_loss",
                "maintenanceKcal": 2100,
                "targetKcal": 1400,
                "adjustmentKcal": -700,
                "weeklyChangeKg": -0.64,
                "macros": {
                  "proteinG": 122,
                  "fatG": 39,
                  "carbsG": 140,
                  "fiberG": 20,
                  "proteinGPerKg": 1.74
                },
                "safety": {
                  "verdict": "ok",
                  "findings": [
                    {
                      "code": "CARBS_BELOW_AMDR",
                      "severity": "info",
                      "message": "Carbohydrate is 40 % of energy, under the AMDR's 45 %: protein and fat take the rest at this intake.",
                      "limit": 45.0,
                      "actual": 40.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    },
                    {
                      "code": "CHECK_IN_STEP_CAPPED",
                      "severity": "info",
                      "message": "The targets calculator gives 1,550 kcal/day; a check-in moves the target at most 150 kcal/day from the approved 1,250 kcal/day, so it proposes 1,400 kcal/day.",
                      "limit": 150.0,
                      "actual": 300.0,
                      "source": "Peach check-in policy (shared/reference/sources.md): a 14-day window, at least 10 days of weigh-ins and of intake, targets moved at most 150 kcal/day a check-in"
                    },
                    {
                      "code": "PROTEIN_CAPPED_AT_AMDR",
                      "severity": "info",
                      "message": "2.0 g/kg would be 140 g of protein, more than 35 % of 1400 kcal; protein is held at 122 g.",
                      "limit": 122.0,
                      "actual": 140.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    }
                  ]
                },
                "guidance": [
                  "A calorie deficit is what makes fat go: eat less than you burn, every day, over weeks.",
                  "You cannot choose where fat leaves first: exercising the butt does not burn the fat on it (spot reduction is a myth).",
                  "Lose about 0.5-1 kg a week at most (1-2 lb): a deficit of 500-1,000 kcal a day.",
                  "Keep protein high (at least 1.4 g per kg, more if you lift and are lean) to hold on to muscle while dieting.",
                  "Strength-train every major muscle group at least twice a week, without piling on volume you cannot recover from.",
                  "Move: at least 150 minutes of moderate or 75 minutes of vigorous aerobic activity a week, more to lose weight.",
                  "No crash diets: women should not go below 1,200 kcal a day, men below 1,500, without medical supervision."
                ],
                "formula": "katch_mcardle",
                "floorKcal": 1200,
                "weeksToTargetWeight": null
              },
              "changeKcal": 150,
              "reason": "capped",
              "adherence": {
                "weighInDays": 14,
                "intakeDays": 14,
                "windowDays": 14
              },
              "maintenanceSource": "adaptive",
              "createdAt": "2026-11-23T23:21:38.543491Z",
              "decidedAt": null
            }""";

    static final String NO_CHANGE = """
            {
              "id": "c2e31b46-d579-42ed-9f4c-ddda3c23c319",
              "date": "2026-11-23",
              "status": "no_change",
              "currentTargets": null,
              "proposedTargets": null,
              "changeKcal": null,
              "reason": "not_enough_data",
              "adherence": {
                "weighInDays": 9,
                "intakeDays": 9,
                "windowDays": 14
              },
              "maintenanceSource": null,
              "createdAt": "2026-11-23T23:21:41.112393Z",
              "decidedAt": null
            }""";

    static final String APPROVED = """
            {
              "id": "16761140-41f5-49c4-bee7-72badeb3701a",
              "date": "2026-11-23",
              "status": "approved",
              "currentTargets": null,
              "proposedTargets": {
                "goal": "fat_loss",
                "maintenanceKcal": 1800,
                "targetKcal": 1250,
                "adjustmentKcal": -550,
                "weeklyChangeKg": -0.5,
                "macros": {
                  "proteinG": 109,
                  "fatG": 35,
                  "carbsG": 125,
                  "fiberG": 18,
                  "proteinGPerKg": 1.56
                },
                "safety": {
                  "verdict": "ok",
                  "findings": [
                    {
                      "code": "CARBS_BELOW_AMDR",
                      "severity": "info",
                      "message": "Carbohydrate is 40 % of energy, under the AMDR's 45 %: protein and fat take the rest at this intake.",
                      "limit": 45.0,
                      "actual": 40.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    },
                    {
                      "code": "PROTEIN_CAPPED_AT_AMDR",
                      "severity": "info",
                      "message": "2.0 g/kg would be 140 g of protein, more than 35 % of 1250 kcal; protein is held at 109 g.",
                      "limit": 109.0,
                      "actual": 140.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    }
                  ]
                },
                "guidance": [
                  "A calorie deficit is what makes fat go: eat less than you burn, every day, over weeks.",
                  "You cannot choose where fat leaves first: exercising the butt does not burn the fat on it (spot reduction is a myth).",
                  "Lose about 0.5-1 kg a week at most (1-2 lb): a deficit of 500-1,000 kcal a day.",
                  "Keep protein high (at least 1.4 g per kg, more if you lift and are lean) to hold on to muscle while dieting.",
                  "Strength-train every major muscle group at least twice a week, without piling on volume you cannot recover from.",
                  "Move: at least 150 minutes of moderate or 75 minutes of vigorous aerobic activity a week, more to lose weight.",
                  "No crash diets: women should not go below 1,200 kcal a day, men below 1,500, without medical supervision."
                ],
                "formula": "katch_mcardle",
                "floorKcal": 1200,
                "weeksToTargetWeight": null
              },
              "changeKcal": null,
              "reason": "first_check_in",
              "adherence": {
                "weighInDays": 14,
                "intakeDays": 14,
                "windowDays": 14
              },
              "maintenanceSource": "adaptive",
              "createdAt": "2026-11-23T23:21:34.563951Z",
              "decidedAt": "2026-11-23T23:21:35.627921Z"
            }""";

    static final String REJECTED = """
            {
              "id": "2d866ccd-3598-49ec-8c22-969f7224dc7f",
              "date": "2026-11-23",
              "status": "rejected",
              "currentTargets": {
                "goal": "fat_loss",
                "maintenanceKcal": 1800,
                "targetKcal": 1250,
                "adjustmentKcal": -550,
                "weeklyChangeKg": -0.5,
                "macros": {
                  "proteinG": 109,
                  "fatG": 35,
                  "carbsG": 125,
                  "fiberG": 18,
                  "proteinGPerKg": 1.56
                },
                "safety": {
                  "verdict": "ok",
                  "findings": [
                    {
                      "code": "CARBS_BELOW_AMDR",
                      "severity": "info",
                      "message": "Carbohydrate is 40 % of energy, under the AMDR's 45 %: protein and fat take the rest at this intake.",
                      "limit": 45.0,
                      "actual": 40.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    },
                    {
                      "code": "PROTEIN_CAPPED_AT_AMDR",
                      "severity": "info",
                      "message": "2.0 g/kg would be 140 g of protein, more than 35 % of 1250 kcal; protein is held at 109 g.",
                      "limit": 109.0,
                      "actual": 140.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    }
                  ]
                },
                "guidance": [
                  "A calorie deficit is what makes fat go: eat less than you burn, every day, over weeks.",
                  "You cannot choose where fat leaves first: exercising the butt does not burn the fat on it (spot reduction is a myth).",
                  "Lose about 0.5-1 kg a week at most (1-2 lb): a deficit of 500-1,000 kcal a day.",
                  "Keep protein high (at least 1.4 g per kg, more if you lift and are lean) to hold on to muscle while dieting.",
                  "Strength-train every major muscle group at least twice a week, without piling on volume you cannot recover from.",
                  "Move: at least 150 minutes of moderate or 75 minutes of vigorous aerobic activity a week, more to lose weight.",
                  "No crash diets: women should not go below 1,200 kcal a day, men below 1,500, without medical supervision."
                ],
                "formula": "katch_mcardle",
                "floorKcal": 1200,
                "weeksToTargetWeight": null
              },
              "proposedTargets": {
                "goal": "fat_loss",
                "maintenanceKcal": 2100,
                "targetKcal": 1400,
                "adjustmentKcal": -700,
                "weeklyChangeKg": -0.64,
                "macros": {
                  "proteinG": 122,
                  "fatG": 39,
                  "carbsG": 140,
                  "fiberG": 20,
                  "proteinGPerKg": 1.74
                },
                "safety": {
                  "verdict": "ok",
                  "findings": [
                    {
                      "code": "CARBS_BELOW_AMDR",
                      "severity": "info",
                      "message": "Carbohydrate is 40 % of energy, under the AMDR's 45 %: protein and fat take the rest at this intake.",
                      "limit": 45.0,
                      "actual": 40.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    },
                    {
                      "code": "CHECK_IN_STEP_CAPPED",
                      "severity": "info",
                      "message": "The targets calculator gives 1,550 kcal/day; a check-in moves the target at most 150 kcal/day from the approved 1,250 kcal/day, so it proposes 1,400 kcal/day.",
                      "limit": 150.0,
                      "actual": 300.0,
                      "source": "Peach check-in policy (shared/reference/sources.md): a 14-day window, at least 10 days of weigh-ins and of intake, targets moved at most 150 kcal/day a check-in"
                    },
                    {
                      "code": "PROTEIN_CAPPED_AT_AMDR",
                      "severity": "info",
                      "message": "2.0 g/kg would be 140 g of protein, more than 35 % of 1400 kcal; protein is held at 122 g.",
                      "limit": 122.0,
                      "actual": 140.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    }
                  ]
                },
                "guidance": [
                  "A calorie deficit is what makes fat go: eat less than you burn, every day, over weeks.",
                  "You cannot choose where fat leaves first: exercising the butt does not burn the fat on it (spot reduction is a myth).",
                  "Lose about 0.5-1 kg a week at most (1-2 lb): a deficit of 500-1,000 kcal a day.",
                  "Keep protein high (at least 1.4 g per kg, more if you lift and are lean) to hold on to muscle while dieting.",
                  "Strength-train every major muscle group at least twice a week, without piling on volume you cannot recover from.",
                  "Move: at least 150 minutes of moderate or 75 minutes of vigorous aerobic activity a week, more to lose weight.",
                  "No crash diets: women should not go below 1,200 kcal a day, men below 1,500, without medical supervision."
                ],
                "formula": "katch_mcardle",
                "floorKcal": 1200,
                "weeksToTargetWeight": null
              },
              "changeKcal": 150,
              "reason": "capped",
              "adherence": {
                "weighInDays": 14,
                "intakeDays": 14,
                "windowDays": 14
              },
              "maintenanceSource": "adaptive",
              "createdAt": "2026-11-23T23:21:38.543491Z",
              "decidedAt": "2026-11-23T23:21:38.95333Z"
            }""";

    static final String APPROVED_TARGETS = """
            {
              "checkInId": "16761140-41f5-49c4-bee7-72badeb3701a",
              "date": "2026-11-23",
              "approvedAt": "2026-11-23T23:21:35.627921Z",
              "targets": {
                "goal": "fat_loss",
                "maintenanceKcal": 1800,
                "targetKcal": 1250,
                "adjustmentKcal": -550,
                "weeklyChangeKg": -0.5,
                "macros": {
                  "proteinG": 109,
                  "fatG": 35,
                  "carbsG": 125,
                  "fiberG": 18,
                  "proteinGPerKg": 1.56
                },
                "safety": {
                  "verdict": "ok",
                  "findings": [
                    {
                      "code": "CARBS_BELOW_AMDR",
                      "severity": "info",
                      "message": "Carbohydrate is 40 % of energy, under the AMDR's 45 %: protein and fat take the rest at this intake.",
                      "limit": 45.0,
                      "actual": 40.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    },
                    {
                      "code": "PROTEIN_CAPPED_AT_AMDR",
                      "severity": "info",
                      "message": "2.0 g/kg would be 140 g of protein, more than 35 % of 1250 kcal; protein is held at 109 g.",
                      "limit": 109.0,
                      "actual": 140.0,
                      "source": "Institute of Medicine, Dietary Reference Intakes (2002/2005): AMDR for adults, carbohydrate 45-65 %, fat 20-35 %, protein 10-35 % of energy"
                    }
                  ]
                },
                "guidance": [
                  "A calorie deficit is what makes fat go: eat less than you burn, every day, over weeks.",
                  "You cannot choose where fat leaves first: exercising the butt does not burn the fat on it (spot reduction is a myth).",
                  "Lose about 0.5-1 kg a week at most (1-2 lb): a deficit of 500-1,000 kcal a day.",
                  "Keep protein high (at least 1.4 g per kg, more if you lift and are lean) to hold on to muscle while dieting.",
                  "Strength-train every major muscle group at least twice a week, without piling on volume you cannot recover from.",
                  "Move: at least 150 minutes of moderate or 75 minutes of vigorous aerobic activity a week, more to lose weight.",
                  "No crash diets: women should not go below 1,200 kcal a day, men below 1,500, without medical supervision."
                ],
                "formula": "katch_mcardle",
                "floorKcal": 1200,
                "weeksToTargetWeight": null
              }
            }""";

    static final String CONFLICT = """
            {
              "type": "https://peach.app/problems/conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "Check-in 16761140-41f5-49c4-bee7-72badeb3701a is approved: only a pending check-in can be approved or rejected."
            }""";

    static final String LIST = """
            [
              {
                "id": "c2e31b46-d579-42ed-9f4c-ddda3c23c319",
                "date": "2026-11-23",
                "status": "no_change",
                "currentTargets": null,
                "proposedTargets": null,
                "changeKcal": null,
                "reason": "not_enough_data",
                "adherence": {
                  "weighInDays": 9,
                  "intakeDays": 9,
                  "windowDays": 14
                },
                "maintenanceSource": null,
                "createdAt": "2026-11-23T23:21:41.112393Z",
                "decidedAt": null
              }
            ]""";
}
