// A small coaching-app client on the types openapi-typescript generates from Peach's served OpenAPI document
// (generated/peach.ts; scripts/typescript-check.sh makes it). It type-checks under tsc --strict only if the
// document marks what the server always sends as required (no `?`), says which fields can be null, types its
// enums by their wire values and its paged lists' items. Then it runs the calls against a live service.
// Usage (after tsc): node dist/client.js <base-url> <admin-key>
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/peach.js";

type Schemas = components["schemas"];

/** Compiles only when K is a required (non-optional) field of T. */
type IsRequired<T, K extends keyof T> = {} extends Pick<T, K> ? false : true;
const required = <T, K extends keyof T>(_: IsRequired<T, K>): void => undefined;

// What the server always sends is required; what can be null says so and is still present.
required<Schemas["EnergyResponse"], "tdeeKcal">(true);
required<Schemas["EnergyResponse"], "bmrKcal">(true);
required<Schemas["EnergyResponse"], "dietaryGuidelines">(true);
required<Schemas["Progress"], "targets">(true);
required<Schemas["Client"], "notes">(true);
required<Schemas["PlannedExercise"], "reps">(true);
required<Schemas["Problem"], "detail">(true);

const [base, adminKey] = process.argv.slice(2);
if (!base || !adminKey) throw new Error("usage: node dist/client.js <base-url> <admin-key>");
const api = createClient<paths>({ baseUrl: base });

function must<T>(result: { data?: T; error?: unknown; response: Response }, what: string): T {
  if (result.data === undefined) {
    throw new Error(`${what}: ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

const energy = must(await api.POST("/api/v1/energy", {
  body: { sex: "female", age: 30, weightKg: 65, heightCm: 165, activityLevel: "moderately_active" },
}), "calculateEnergy");
const tdee: number = energy.tdeeKcal;
const bmr: number | null = energy.bmrKcal;
const dga: number | null = energy.dietaryGuidelines === null ? null : energy.dietaryGuidelines.kcal;
const formula: "mifflin_st_jeor" | "harris_benedict_1919" | "harris_benedict_revised" | "katch_mcardle" | "cunningham"
  | "iom_2005_eer" | "nasem_2023_eer" = energy.formula;
console.log(`energy: ${formula} BMR ${bmr} kcal, TDEE ${tdee} kcal, Dietary Guidelines ${dga} kcal`);

const exercises = must(await api.GET("/api/v1/exercises", {
  params: { query: { equipment: ["resistance_band", "dumbbell"], goal: "hip_dips", size: 5 } },
}), "listExercises");
const first: Schemas["Exercise"] | undefined = exercises.items[0];
console.log(`exercises: ${exercises.total} for hip dips with a band and dumbbells; first ${first?.slug}, needs ${first?.equipment.join(", ")}`);

const program = must(await api.POST("/api/v1/programs", {
  body: { goal: "glute_growth", level: "intermediate", equipment: ["barbell", "bench"], daysPerWeek: 3 },
}), "buildProgram");
for (const day of program.days) {
  const reps: number | null = day.exercises[0]?.reps ?? null;
  const kcal: number | null = program.weeklyExerciseKcal;
  if (day.type === "strength") console.log(`program: day ${day.day} ${day.exercises.length} exercises, first ${reps} reps (weekly kcal ${kcal})`);
}

const coach = must(await api.POST("/api/v1/admin/coaches", {
  body: { name: "TypeScript Coach", email: `ts-${crypto.randomUUID()}@example.com` },
  params: { header: { "Idempotency-Key": crypto.randomUUID() } },
  headers: { Authorization: `Bearer ${adminKey}` },
}), "createCoach");
const asCoach = { headers: { Authorization: `Bearer ${coach.apiKey}` } };

const client = must(await api.POST("/api/v1/clients", {
  ...asCoach,
  body: { name: "Dana R.", sex: "female", birthDate: "1994-05-17", heightCm: 165, activityLevel: "lightly_active", goal: "fat_loss" },
}), "createClient");
const notes: string | null = client.notes;
const today = client.createdAt.slice(0, 10);
must(await api.PUT("/api/v1/clients/{id}/weigh-ins/{date}", {
  ...asCoach, params: { path: { id: client.id, date: today } }, body: { weightKg: 71.4 },
}), "recordWeighIn");

const progress = must(await api.GET("/api/v1/clients/{id}/progress", { ...asCoach, params: { path: { id: client.id } } }), "getProgress");
const trend: number | null = progress.trendWeightKg;
const target: number | null = progress.targets === null ? null : progress.targets.targetKcal;
console.log(`progress: trend ${trend} kg, today's target ${target} kcal, notes ${notes}, ${progress.dataNeeded ?? "nothing missing"}`);

const dashboard = must(await api.GET("/api/v1/dashboard", { ...asCoach, params: { query: { page: 0, size: 20 } } }), "getDashboard");
for (const entry of dashboard.items) {
  switch (entry.verdict) {
    case "ok": case "caution": case "unsafe":
      console.log(`dashboard: ${entry.name} ${entry.verdict}, ${entry.findings.length} findings`);
      break;
    default: {
      const unknown: never = entry.verdict;
      throw new Error(`verdict ${unknown}`);
    }
  }
}

const problem = await api.POST("/api/v1/energy", {
  body: { sex: "female", age: 17, weightKg: 650, heightCm: 165, activityLevel: "sedentary" },
});
if (problem.error === undefined) throw new Error("expected a 400");
console.log(`problem: ${problem.response.status} ${problem.error.detail}: ${problem.error.violations?.map(v => v.field).join(", ")}`);
