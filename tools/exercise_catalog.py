#!/usr/bin/env python3
"""Writes src/main/resources/db/migration/V3__exercise_catalog.sql from the table below.

The table is the source of the exercise catalog: edit it, run this script, and commit both (a new
migration number for a deployed catalog). METs and codes: 2011 Compendium of Physical Activities
(Ainsworth et al., MSSE 2011;43:1575-81), values as in shared/reference/met_values.csv.
"""
import pathlib

MET = {  # code: (MET, Compendium 2011 description) -- shared/reference/met_values.csv
    "02010": (7.0, "bicycling, stationary, general"),
    "02017": (4.8, "bicycling, stationary, 51-89 watts, light-to-moderate effort"),
    "02022": (3.8, "calisthenics (e.g., push ups, sit ups, pull-ups, lunges), moderate effort"),
    "02024": (2.8, "calisthenics (e.g., situps, abdominal crunches), light effort"),
    "02030": (3.5, "calisthenics, light or moderate effort, general (e.g., back exercises), going up & down from floor"),
    "02050": (6.0, "resistance training (weight lifting, free weight, nautilus or universal), power lifting or body building, vigorous effort"),
    "02052": (5.0, "resistance (weight) training, squats, slow or explosive effort"),
    "02054": (3.5, "resistance (weight) training, multiple exercises, 8-15 repetitions at varied resistance"),
    "02101": (2.3, "stretching, mild"),
    "17200": (4.3, "walking, 3.5 mph, level, brisk, firm surface, walking for exercise"),
}

MUSCLES = [
    ("gluteus_maximus", "Gluteus maximus", "glutes"), ("gluteus_medius", "Gluteus medius", "glutes"),
    ("gluteus_minimus", "Gluteus minimus", "glutes"), ("hip_flexors", "Hip flexors (iliopsoas, rectus femoris)", "hips"),
    ("quadriceps", "Quadriceps", "thighs"), ("hamstrings", "Hamstrings", "thighs"), ("adductors", "Adductors", "thighs"),
    ("core", "Core (abdominals, obliques)", "belly"), ("lower_back", "Lower back (erector spinae)", "back"),
    ("latissimus_dorsi", "Latissimus dorsi", "back"), ("calves", "Calves", "legs"),
]
EQUIPMENT = [
    ("bodyweight", "Bodyweight (no equipment)"), ("resistance_band", "Resistance band (loop or mini band)"),
    ("ankle_weight", "Ankle weight"), ("dumbbell", "Dumbbell"), ("barbell", "Barbell and plates"),
    ("kettlebell", "Kettlebell"), ("cable_machine", "Cable machine with ankle strap"),
    ("leg_press_machine", "Leg press machine"), ("bench", "Bench or sturdy box"), ("swiss_ball", "Swiss (stability) ball"),
    ("stationary_bike", "Stationary bike"), ("foam_roller", "Foam roller"),
]

ACSM = "Ratamess NA et al. ACSM position stand: progression models in resistance training for healthy adults. Med Sci Sports Exerc 2009;41:687-708."
COMPENDIUM = "Ainsworth BE et al. 2011 Compendium of Physical Activities. Med Sci Sports Exerc 2011;43:1575-81."
CONTRERAS = "Contreras B et al. A comparison of gluteus maximus, biceps femoris, and vastus lateralis EMG activity in the back squat and barbell hip thrust exercises. J Appl Biomech 2015;31:452-8."
DISTEFANO = "Distefano LJ et al. Gluteal muscle activation during common therapeutic exercises. J Orthop Sports Phys Ther 2009;39:532-40."
BOREN = "Boren K et al. Electromyographic analysis of gluteus medius and gluteus maximus during rehabilitation exercises. Int J Sports Phys Ther 2011;6:206-23."
EKSTROM = "Ekstrom RA et al. Electromyographic analysis of core trunk, hip, and thigh muscles during 9 rehabilitation exercises. J Orthop Sports Phys Ther 2007;37:754-62."
WINTERS = "Winters MV et al. Passive versus active stretching of hip flexor muscles in subjects with limited hip extension. Phys Ther 2004;84:800-7."
CHEATHAM = "Cheatham SW et al. The effects of self-myofascial release using a foam roll or roller massager on joint range of motion, muscle recovery, and performance: a systematic review. Int J Sports Phys Ther 2015;10:827-38."
PAG = "U.S. Department of Health and Human Services. Physical Activity Guidelines for Americans, 2nd edition, 2018."

ALL_GOALS = ["glute_growth", "fat_loss", "hip_dips", "butt_lift", "maintenance"]

# slug, name, primary, secondary, equipment, level, kind, cues, code, (sets, reps, hold, rest), goals, refs,
# seconds per rep, unilateral
EX = [
 ("glute_activation_check", "Glute activation check (mirror squeeze test)", ["gluteus_maximus"], [], ["bodyweight"], "beginner", "activation",
  ["Stand side-on to a mirror, feet hip-width apart, knees soft.", "Squeeze one buttock as hard as you can without tilting the pelvis or locking the knee.",
   "Look and feel: the cheek should firm up and lift; if the thigh or lower back does the work instead, the glute is not switching on.",
   "Hold, release, switch sides; use it before a session to find the muscle you are about to train."],
  "02101", (1, 5, 5, 15), ALL_GOALS, ["Coaching check to feel the muscle contract, not a clinical test.", DISTEFANO], 2, True),
 ("bodyweight_squat", "Bodyweight (air) squat", ["quadriceps", "gluteus_maximus"], ["hamstrings", "adductors", "core"], ["bodyweight"], "beginner", "compound",
  ["Feet shoulder-width apart, toes turned out slightly.", "Push the hips back and bend the knees as if sitting on a chair; keep the chest up.",
   "Go as low as you can with a neutral back and heels down; knees track over the toes.", "Drive up through the whole foot and squeeze the glutes at the top."],
  "02022", (3, 15, None, 60), ["glute_growth", "fat_loss", "maintenance"], [ACSM, COMPENDIUM], 3, False),
 ("barbell_back_squat", "Barbell back squat", ["quadriceps", "gluteus_maximus"], ["hamstrings", "adductors", "lower_back", "core"], ["barbell"], "intermediate", "compound",
  ["Bar on the upper back, not the neck; hands just outside the shoulders; brace the core.", "Unrack, step back, feet shoulder-width, toes slightly out.",
   "Sit down and back between the heels, knees over the toes, chest up, to at least thighs parallel if mobility allows.", "Drive up through mid-foot, hips and shoulders rising together."],
  "02052", (4, 8, None, 150), ["glute_growth", "fat_loss", "maintenance"], [CONTRERAS, ACSM, COMPENDIUM], 4, False),
 ("sumo_squat", "Sumo squat (dumbbell)", ["gluteus_maximus", "adductors", "quadriceps"], ["hamstrings", "core"], ["dumbbell"], "intermediate", "compound",
  ["Wide stance, toes turned out about 45 degrees; hold one dumbbell by its end between the legs.", "Keep the torso tall and push the knees out over the toes as you sit straight down.",
   "Lower until the thighs are about parallel.", "Stand up by squeezing the glutes and inner thighs."],
  "02052", (3, 10, None, 90), ["glute_growth", "fat_loss", "maintenance"], [ACSM, COMPENDIUM], 4, False),
 ("conventional_deadlift", "Conventional deadlift", ["gluteus_maximus", "hamstrings"], ["lower_back", "quadriceps", "latissimus_dorsi", "core"], ["barbell"], "intermediate", "compound",
  ["Bar over mid-foot, feet hip-width; grip just outside the knees.", "Hips back, shins to the bar, back flat, chest up; pull the slack out of the bar.",
   "Push the floor away and stand up, keeping the bar against the legs.", "Finish tall with glutes squeezed, no leaning back; lower under control the same way."],
  "02050", (3, 6, None, 180), ["glute_growth", "maintenance"], [ACSM, COMPENDIUM], 4, False),
 ("romanian_deadlift", "Romanian deadlift", ["hamstrings", "gluteus_maximus"], ["lower_back", "core"], ["barbell"], "intermediate", "compound",
  ["Stand tall holding the bar at the hips, knees slightly bent.", "Push the hips back and slide the bar down the thighs, back flat, until you feel a strong hamstring stretch.",
   "Keep the bar close and the knees soft; do not round the back to go lower.", "Drive the hips forward to stand, squeezing the glutes."],
  "02054", (3, 10, None, 120), ["glute_growth", "butt_lift", "maintenance"], [ACSM, COMPENDIUM], 4, False),
 ("leg_press", "Leg press", ["quadriceps", "gluteus_maximus"], ["hamstrings", "adductors"], ["leg_press_machine"], "beginner", "compound",
  ["Sit with the back and hips flat on the pad; feet high and wide on the platform to bias the glutes.", "Release the safeties and lower the sled until the knees reach about 90 degrees.",
   "Keep the lower back on the pad and the knees in line with the toes.", "Press through the heels without locking the knees."],
  "02054", (3, 12, None, 90), ["glute_growth", "fat_loss", "maintenance"], [ACSM, COMPENDIUM], 3, False),
 ("hip_extension", "45-degree hip extension (back extension)", ["gluteus_maximus", "hamstrings"], ["lower_back"], ["bench"], "intermediate", "compound",
  ["Set the pad just below the hip crease on a hyperextension bench; feet anchored.", "Round the upper back slightly and tuck the chin to keep the work in the hips.",
   "Hinge down until you feel the hamstrings stretch.", "Rise by squeezing the glutes until the body is in a straight line; do not arch past it."],
  "02054", (3, 12, None, 90), ["glute_growth", "butt_lift", "maintenance"], [BOREN, ACSM, COMPENDIUM], 3, False),
 ("forward_lunge", "Forward lunge (unweighted)", ["quadriceps", "gluteus_maximus"], ["hamstrings", "adductors", "core"], ["bodyweight"], "beginner", "compound",
  ["Stand tall, feet hip-width.", "Step forward and lower until both knees are bent about 90 degrees, back knee just above the floor.",
   "Keep the front knee over the foot and the torso upright.", "Push off the front heel to return; alternate legs."],
  "02022", (3, 10, None, 60), ["glute_growth", "fat_loss", "maintenance"], [DISTEFANO, COMPENDIUM], 3, True),
 ("reverse_lunge", "Reverse lunge (dumbbells)", ["gluteus_maximus", "quadriceps"], ["hamstrings", "adductors", "core"], ["dumbbell"], "intermediate", "compound",
  ["Hold a dumbbell in each hand, feet hip-width.", "Step one foot back and lower the back knee toward the floor.",
   "Lean the torso slightly forward to load the front glute; front knee stays over the foot.", "Drive through the front heel to step back up."],
  "02022", (3, 10, None, 90), ["glute_growth", "fat_loss", "maintenance"], [ACSM, COMPENDIUM], 3, True),
 ("curtsy_lunge", "Curtsy lunge (dumbbells)", ["gluteus_medius", "gluteus_maximus"], ["quadriceps", "adductors"], ["dumbbell"], "intermediate", "compound",
  ["Hold dumbbells at your sides, feet hip-width.", "Step one leg diagonally behind the other, as in a curtsy, and bend both knees.",
   "Keep the hips square to the front and the front knee over the foot.", "Push through the front heel to return; finish the reps on one side, then switch."],
  "02022", (3, 10, None, 90), ["glute_growth", "hip_dips", "maintenance"], [ACSM, COMPENDIUM], 3, True),
 ("step_up", "Step-up (bodyweight)", ["gluteus_maximus", "quadriceps"], ["hamstrings", "calves"], ["bench"], "beginner", "compound",
  ["Stand facing a knee-height box or bench.", "Place one whole foot on it and lean slightly forward.",
   "Step up by pushing through the heel of the top foot, not by pushing off the bottom one.", "Lower slowly; finish one side, then switch."],
  "02022", (3, 10, None, 60), ["glute_growth", "fat_loss", "maintenance"], [DISTEFANO, COMPENDIUM], 3, True),
 ("weighted_step_up", "Weighted step-up (dumbbells)", ["gluteus_maximus", "quadriceps"], ["hamstrings", "calves", "core"], ["dumbbell", "bench"], "intermediate", "compound",
  ["Hold a dumbbell in each hand in front of a knee-height box or bench.", "Plant one whole foot on top, chest over the knee.",
   "Drive through the top heel to stand tall on the box without bouncing off the back foot.", "Lower under control; finish one side, then switch."],
  "02054", (3, 10, None, 90), ["glute_growth", "fat_loss", "maintenance"], [ACSM, COMPENDIUM], 3, True),
 ("barbell_hip_thrust", "Barbell hip thrust", ["gluteus_maximus"], ["hamstrings", "quadriceps", "core"], ["barbell", "bench"], "intermediate", "compound",
  ["Sit with the upper back against a bench edge, padded bar over the hip crease.", "Feet flat, hip-width, so the shins are vertical at the top.",
   "Tuck the chin and ribs, then drive the hips up until the torso is parallel to the floor.", "Squeeze the glutes for a second at the top; lower under control."],
  "02054", (4, 10, None, 120), ["glute_growth", "butt_lift", "maintenance"], [CONTRERAS, ACSM, COMPENDIUM], 3, False),
 ("barbell_glute_bridge", "Barbell glute bridge", ["gluteus_maximus"], ["hamstrings", "core"], ["barbell"], "intermediate", "compound",
  ["Lie on your back with a padded barbell over the hips, knees bent, feet flat.", "Brace and press through the heels to lift the hips.",
   "Stop when the body is straight from knees to shoulders; squeeze the glutes.", "Lower until the glutes almost touch the floor, then repeat."],
  "02054", (3, 12, None, 90), ["glute_growth", "butt_lift", "maintenance"], [ACSM, COMPENDIUM], 3, False),
 ("glute_bridge", "Glute bridge (double-leg)", ["gluteus_maximus"], ["hamstrings", "core"], ["bodyweight"], "beginner", "isolation",
  ["Lie on your back, knees bent, feet flat and hip-width apart.", "Tilt the pelvis slightly so the lower back is flat.",
   "Press through the heels and lift the hips until the body is straight from knees to shoulders.", "Hold a moment with the glutes squeezed, then lower slowly."],
  "02030", (3, 15, None, 45), ALL_GOALS, [BOREN, EKSTROM, COMPENDIUM], 3, False),
 ("single_leg_hip_extension", "Single-leg hip extension (single-leg glute bridge)", ["gluteus_maximus"], ["hamstrings", "core"], ["bodyweight"], "beginner", "activation",
  ["Lie on your back, one knee bent with the foot flat, the other leg straight or held to the chest.", "Press through the planted heel and lift the hips until level.",
   "Hold the top for 5-10 seconds with the glute squeezed and the pelvis level.", "Lower slowly; do all reps on one side, then switch."],
  "02030", (2, 12, 10, 45), ["butt_lift", "glute_growth", "hip_dips", "maintenance"], [DISTEFANO, EKSTROM, COMPENDIUM], 3, True),
 ("swiss_ball_single_leg_hip_extension", "Single-leg hip extension on a Swiss ball", ["gluteus_maximus", "hamstrings"], ["core"], ["swiss_ball"], "intermediate", "isolation",
  ["Lie on your back with one heel on a Swiss ball, the other leg raised.", "Brace and lift the hips until the body is straight from heel to shoulders.",
   "Keep the ball still: the core and glute stop it rolling.", "Hold a moment, lower slowly; finish one side, then switch."],
  "02030", (3, 10, 5, 60), ["butt_lift", "glute_growth", "maintenance"], [EKSTROM, COMPENDIUM], 3, True),
 ("banded_kickback", "Banded glute kickback", ["gluteus_maximus"], ["hamstrings"], ["resistance_band"], "beginner", "isolation",
  ["On hands and knees with a loop band around the feet (or anchored at the foot).", "Keep the back flat and the core braced.",
   "Kick one leg back and up, knee bent or straight, until the thigh is in line with the body.", "Squeeze the glute at the top without arching the back; return slowly."],
  "02030", (3, 15, None, 45), ["glute_growth", "butt_lift", "maintenance"], [BOREN, COMPENDIUM], 2, True),
 ("lateral_band_walk", "Lateral band walk", ["gluteus_medius"], ["gluteus_minimus", "gluteus_maximus"], ["resistance_band"], "beginner", "activation",
  ["Put a loop band just above the knees or around the ankles.", "Stand in a quarter squat, feet hip-width, chest up.",
   "Step sideways with the leading foot, keeping tension on the band; follow with the other foot without letting the feet touch.", "Take the steps one way, then back."],
  "02030", (3, 12, None, 45), ["hip_dips", "glute_growth", "maintenance"], [DISTEFANO, BOREN, COMPENDIUM], 2, True),
 ("monster_walk", "Monster walk", ["gluteus_medius", "gluteus_maximus"], ["gluteus_minimus", "quadriceps"], ["resistance_band"], "beginner", "activation",
  ["Put a loop band around the ankles or above the knees.", "Quarter squat, feet wider than hips.",
   "Walk forward diagonally, one wide step at a time, keeping the band tight.", "Walk forward, then backward, staying low throughout."],
  "02030", (3, 12, None, 45), ["hip_dips", "glute_growth", "maintenance"], [BOREN, COMPENDIUM], 2, True),
 ("side_lying_hip_abduction", "Side-lying hip abduction", ["gluteus_medius", "gluteus_minimus"], [], ["bodyweight"], "beginner", "isolation",
  ["Lie on your side, bottom knee bent for balance, top leg straight in line with the body.", "Turn the top toes slightly down and keep the hips stacked.",
   "Lift the top leg about 30-40 cm, leading with the heel; do not roll back.", "Lower slowly; finish one side, then switch."],
  "02030", (3, 15, None, 45), ["hip_dips", "glute_growth", "maintenance"], [DISTEFANO, BOREN, COMPENDIUM], 2, True),
 ("side_lying_hip_abduction_ankle_weight", "Side-lying hip abduction with ankle weight", ["gluteus_medius", "gluteus_minimus"], [], ["ankle_weight"], "intermediate", "isolation",
  ["Strap an ankle weight to the top leg and lie on your side, hips stacked.", "Keep the top leg straight, toes slightly down.",
   "Lift the leg, leading with the heel, without rolling the hips back.", "Lower slowly; finish one side, then switch."],
  "02030", (3, 12, None, 60), ["hip_dips", "glute_growth", "maintenance"], [DISTEFANO, COMPENDIUM], 2, True),
 ("side_lying_hip_abduction_banded", "Side-lying hip abduction with band", ["gluteus_medius", "gluteus_minimus"], [], ["resistance_band"], "beginner", "isolation",
  ["Loop a band around both ankles (or above the knees) and lie on your side, hips stacked.", "Keep the top leg straight and slightly behind the body line.",
   "Lift it against the band, leading with the heel.", "Lower with control; finish one side, then switch."],
  "02030", (3, 15, None, 45), ["hip_dips", "glute_growth", "maintenance"], [DISTEFANO, COMPENDIUM], 2, True),
 ("clamshell", "Clamshell", ["gluteus_medius"], ["gluteus_minimus", "gluteus_maximus"], ["bodyweight"], "beginner", "activation",
  ["Lie on your side, hips and knees bent about 45 degrees, feet together.", "Keep the feet touching and the pelvis still.",
   "Open the top knee as far as you can without rolling the hips back.", "Close slowly; finish one side, then switch. Add a band above the knees when it gets easy."],
  "02030", (3, 15, None, 45), ["hip_dips", "glute_growth", "butt_lift", "maintenance"], [DISTEFANO, BOREN, COMPENDIUM], 2, True),
 ("fire_hydrant", "Fire hydrant", ["gluteus_medius", "gluteus_minimus"], ["gluteus_maximus", "core"], ["bodyweight"], "beginner", "isolation",
  ["On hands and knees, hands under shoulders, knees under hips.", "Keep the knee bent at 90 degrees and the back flat.",
   "Lift one knee out to the side until the thigh is near level, without shifting the weight.", "Lower slowly; finish one side, then switch."],
  "02030", (3, 15, None, 45), ["hip_dips", "glute_growth", "maintenance"], [BOREN, COMPENDIUM], 2, True),
 ("banded_fire_hydrant", "Banded fire hydrant", ["gluteus_medius", "gluteus_minimus"], ["gluteus_maximus", "core"], ["resistance_band"], "intermediate", "isolation",
  ["On hands and knees with a loop band above the knees.", "Back flat, core braced.",
   "Lift one knee out to the side against the band, keeping the hips level.", "Lower slowly; finish one side, then switch."],
  "02030", (3, 12, None, 45), ["hip_dips", "glute_growth", "maintenance"], [BOREN, COMPENDIUM], 2, True),
 ("standing_cable_hip_abduction", "Standing cable hip abduction", ["gluteus_medius", "gluteus_minimus"], [], ["cable_machine"], "intermediate", "isolation",
  ["Strap the cuff to the ankle farther from a low pulley and stand side-on, holding the machine.", "Stand tall with a slight bend in the standing knee.",
   "Sweep the working leg out to the side without leaning the torso.", "Return slowly against the cable; finish one side, then switch."],
  "02054", (3, 12, None, 60), ["hip_dips", "glute_growth", "maintenance"], [BOREN, ACSM, COMPENDIUM], 2, True),
 ("plank", "Plank", ["core"], ["gluteus_maximus", "lower_back"], ["bodyweight"], "beginner", "core",
  ["Forearms on the floor under the shoulders, legs straight, on the toes.", "Squeeze the glutes and brace the abdominals so the body is a straight line.",
   "Do not let the hips sag or pike up; breathe steadily.", "Hold for the time, rest, repeat."],
  "02030", (3, None, 30, 45), ["hip_dips", "fat_loss", "glute_growth", "butt_lift", "maintenance"], [EKSTROM, COMPENDIUM], 1, False),
 ("bird_dog", "Bird-dog", ["core", "lower_back"], ["gluteus_maximus"], ["bodyweight"], "beginner", "core",
  ["On hands and knees, back flat, core braced.", "Reach one arm forward and the opposite leg back until both are level with the body.",
   "Keep the hips square: no rotation, no arching.", "Hold 2-3 seconds, return, switch sides."],
  "02030", (3, 10, 3, 45), ["hip_dips", "butt_lift", "glute_growth", "maintenance"], [EKSTROM, COMPENDIUM], 3, True),
 ("static_hip_flexor_stretch", "Static hip-flexor stretch (half-kneeling)", ["hip_flexors"], ["quadriceps"], ["bodyweight"], "beginner", "stretch",
  ["Kneel on one knee (on a cushion), the other foot flat in front, both knees at 90 degrees.", "Tuck the pelvis under and squeeze the glute of the kneeling leg.",
   "Shift the hips forward gently until you feel a stretch at the front of the hip; keep the torso upright.", "Hold, breathe, then switch sides. Do it after long sitting or cycling."],
  "02101", (2, None, 30, 15), ["butt_lift", "hip_dips", "glute_growth", "fat_loss", "maintenance"], [WINTERS, COMPENDIUM], 1, True),
 ("foam_rolling", "Foam rolling (glutes, hips and thighs)", ["gluteus_maximus", "hip_flexors"], ["quadriceps", "hamstrings"], ["foam_roller"], "beginner", "stretch",
  ["Sit on the roller with one ankle crossed over the other knee to roll the glute.", "Roll slowly over tender spots for 30-60 seconds per area.",
   "Move on to the front of the hip and the thighs, lying face down on the roller.", "Breathe and keep the pressure tolerable; no rolling over joints or the lower back."],
  "02101", (1, None, 60, 15), ALL_GOALS, [CHEATHAM, COMPENDIUM], 1, False),
 ("stationary_cycling", "Stationary cycling (moderate)", ["quadriceps", "gluteus_maximus"], ["hamstrings", "calves"], ["stationary_bike"], "beginner", "cardio",
  ["Set the saddle so the knee stays slightly bent at the bottom of the stroke.", "Ride at a light-to-moderate effort (about 51-89 watts): you can talk but not sing.",
   "Keep a steady cadence; stand up and stretch the hip flexors afterwards."],
  "02017", (1, None, 1800, 0), ["fat_loss", "maintenance", "glute_growth"], [PAG, COMPENDIUM], 1, False),
 ("brisk_walking", "Brisk walking", ["quadriceps", "gluteus_maximus", "calves"], ["hamstrings"], ["bodyweight"], "beginner", "cardio",
  ["Walk at about 3.5 mph (5.6 km/h): a pace where you breathe harder but can still talk.", "Swing the arms and push off from the back foot.",
   "Walk on level ground or add hills for more glute work."],
  "17200", (1, None, 1800, 0), ["fat_loss", "maintenance", "butt_lift"], [PAG, COMPENDIUM], 1, False),
]

def q(s):
    return "'" + s.replace("'", "''") + "'"

def arr(xs):
    return "ARRAY[" + ", ".join(q(x) for x in xs) + "]::TEXT[]" if xs else "ARRAY[]::TEXT[]"

def num(v):
    return "NULL" if v is None else str(v)

out = ["-- Exercise catalog: muscles, equipment and the glute, core, mobility and cardio exercises.",
       "-- Generated by tools/exercise_catalog.py (edit the table there, not this file).",
       "-- MET values and codes: 2011 Compendium of Physical Activities (Ainsworth et al., MSSE 2011;43:1575-81),",
       "-- as in shared/reference/met_values.csv. Cues are in our own words.", "",
       "CREATE TABLE muscles (slug TEXT PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL, sort_order INTEGER NOT NULL UNIQUE);",
       "CREATE TABLE equipment (slug TEXT PRIMARY KEY, name TEXT NOT NULL, sort_order INTEGER NOT NULL UNIQUE);",
       """CREATE TABLE exercises (
    slug                  TEXT PRIMARY KEY,
    name                  TEXT NOT NULL,
    primary_muscles       TEXT[] NOT NULL CHECK (cardinality(primary_muscles) > 0),
    secondary_muscles     TEXT[] NOT NULL,
    equipment             TEXT[] NOT NULL CHECK (cardinality(equipment) > 0),
    level                 TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
    kind                  TEXT NOT NULL CHECK (kind IN ('compound', 'isolation', 'activation', 'stretch', 'core', 'cardio')),
    cues                  TEXT[] NOT NULL CHECK (cardinality(cues) > 0),
    met                   NUMERIC(4, 1) NOT NULL CHECK (met > 0),
    compendium_code       TEXT NOT NULL,
    compendium_activity   TEXT NOT NULL,
    sets                  INTEGER NOT NULL CHECK (sets > 0),
    reps                  INTEGER CHECK (reps > 0),
    hold_seconds          INTEGER CHECK (hold_seconds > 0),
    rest_seconds          INTEGER NOT NULL CHECK (rest_seconds >= 0),
    seconds_per_rep       INTEGER NOT NULL CHECK (seconds_per_rep > 0),
    unilateral            BOOLEAN NOT NULL,
    goals                 TEXT[] NOT NULL CHECK (cardinality(goals) > 0),
    sources               TEXT[] NOT NULL CHECK (cardinality(sources) > 0),
    sort_order            INTEGER NOT NULL UNIQUE,
    CHECK (reps IS NOT NULL OR hold_seconds IS NOT NULL)
);""", ""]
out.append("INSERT INTO muscles (slug, name, region, sort_order) VALUES\n" + ",\n".join(
    f"    ({q(s)}, {q(n)}, {q(r)}, {i})" for i, (s, n, r) in enumerate(MUSCLES, 1)) + ";\n")
out.append("INSERT INTO equipment (slug, name, sort_order) VALUES\n" + ",\n".join(
    f"    ({q(s)}, {q(n)}, {i})" for i, (s, n) in enumerate(EQUIPMENT, 1)) + ";\n")
muscles = {m[0] for m in MUSCLES}; equipment = {e[0] for e in EQUIPMENT}
rows = []
for i, (slug, name, prim, sec, eq, level, kind, cues, code, (sets, reps, hold, rest), goals, refs, spr, uni) in enumerate(EX, 1):
    assert set(prim) <= muscles and set(sec) <= muscles, slug
    assert set(eq) <= equipment, slug
    assert set(goals) <= set(ALL_GOALS), slug
    met, activity = MET[code]
    rows.append(f"    ({q(slug)}, {q(name)}, {arr(prim)}, {arr(sec)}, {arr(eq)}, {q(level)}, {q(kind)}, {arr(cues)}, "
                f"{met}, {q(code)}, {q(activity)}, {sets}, {num(reps)}, {num(hold)}, {rest}, {spr}, {str(uni).upper()}, "
                f"{arr(goals)}, {arr(refs)}, {i})")
out.append("INSERT INTO exercises (slug, name, primary_muscles, secondary_muscles, equipment, level, kind, cues, met, "
           "compendium_code, compendium_activity, sets, reps, hold_seconds, rest_seconds, seconds_per_rep, unilateral, goals, "
           "sources, sort_order) VALUES\n" + ",\n".join(rows) + ";\n")
path = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/db/migration/V3__exercise_catalog.sql"
path.write_text("\n".join(out))
print(f"wrote {path} ({len(EX)} exercises)")
