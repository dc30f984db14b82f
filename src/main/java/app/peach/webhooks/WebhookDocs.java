package app.peach.webhooks;

/** The OpenAPI text of the webhooks: payloads, how to verify a signature, and examples from real output. */
final class WebhookDocs {
    static final String TAG = """
            A coach's dashboard hears about its clients within seconds: Peach POSTs each event to the coach's \
            webhooks, signed per the [Standard Webhooks](https://www.standardwebhooks.com) specification, at least \
            once (from a transactional outbox: an acknowledged write always produces its event, even across a crash).

            **Events** (body `{ type, timestamp, data: { clientId, … } }`, `timestamp` = when it happened):
            - `weigh_in.recorded` — `data: { clientId, date, weightKg }`
            - `intake.recorded` — `data: { clientId, date, kcal, proteinG }` (`proteinG` may be null)
            - `workout.recorded`, `measurement.recorded` — `data: { clientId, date, … }` the values recorded
            - `check_in.proposed`, `check_in.approved` — `data: { clientId, checkInId, … }`
            - `client.verdict_changed` — the client's progress verdict changed after a log:
              `data: { clientId, previousVerdict, verdict, findings }` (verdict `ok`, `caution` or `unsafe`)

            ```json
            {"type":"weigh_in.recorded","timestamp":"2026-11-23T23:20:28.804146Z",\
            "data":{"clientId":"43dcef49-213a-4f73-9a14-f348f0f3ab77","date":"2026-11-23","weightKg":71.4}}
            ```

            **Delivery**: `POST` with `content-type: application/json` and the headers `webhook-id` (the same on \
            every attempt of an event: use it to ignore repeats), `webhook-timestamp` (Unix seconds of this attempt) \
            and `webhook-signature: v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, keyed \
            with the base64-decoded part of the secret after `whsec_`. Answer 2xx within 5 s. Anything else (a \
            redirect too: it is not followed) or no answer is retried with exponential backoff and jitter: about \
            30 s, 2 min, 8 min, 32 min, 2 h, 8.5 h and 24 h later (8 attempts), then the delivery is `failed`. \
            Events may arrive out of order; at most 4 KB of your answer is read.

            **Verify** the raw body, exactly as received, before parsing it. Java:
            ```java
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            String id = request.getHeader("webhook-id"), ts = request.getHeader("webhook-timestamp");
            if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(ts)) > 300) throw new SecurityException("stale");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = Base64.getEncoder().encode(mac.doFinal((id + "." + ts + "." + body).getBytes(UTF_8)));
            boolean valid = Arrays.stream(request.getHeader("webhook-signature").split(" "))
                    .anyMatch(s -> s.startsWith("v1,") && MessageDigest.isEqual(s.substring(3).getBytes(UTF_8), expected));
            if (!valid) throw new SecurityException("bad signature");
            // then skip a webhook-id you have already processed
            ```
            TypeScript (Node):
            ```ts
            import { createHmac, timingSafeEqual } from "node:crypto";
            export function verify(secret: string, headers: Record<string, string>, body: string): unknown {
              const key = Buffer.from(secret.slice("whsec_".length), "base64");
              const id = headers["webhook-id"], ts = headers["webhook-timestamp"];
              if (Math.abs(Date.now() / 1000 - Number(ts)) > 300) throw new Error("stale webhook");
              const expected = Buffer.from(createHmac("sha256", key).update(`${id}.${ts}.${body}`).digest("base64"));
              const valid = headers["webhook-signature"].split(" ").some((s) => s.startsWith("v1,")
                && s.length - 3 === expected.length && timingSafeEqual(Buffer.from(s.slice(3)), expected));
              if (!valid) throw new Error("bad signature");
              return JSON.parse(body);
            }
            ```""";

    // Examples: real output of the service (the receiver's URL written as a public one).
    static final String CREATE_REQUEST = """
            {"url":"https://coach.example.com/hooks/peach","events":["weigh_in.recorded","client.verdict_changed"]}""";

    static final String CREATED = """
            {"id":"64f8e658-d25a-44e3-a2d5-f582208c66ac","url":"https://coach.example.com/hooks/peach",\
            "events":["weigh_in.recorded","client.verdict_changed"],\
            "secret":"whsec_Cv8LSnVpakI6Al0TP8qddmi70x7SkuFx8G6MeXN/EFw=","createdAt":"2026-11-23T23:20:27.349824Z"}""";

    static final String LIST = """
            [{"id":"64f8e658-d25a-44e3-a2d5-f582208c66ac","url":"https://coach.example.com/hooks/peach",\
            "events":["weigh_in.recorded","client.verdict_changed"],"createdAt":"2026-11-23T23:20:27.349824Z"}]""";

    static final String ONE = """
            {"id":"64f8e658-d25a-44e3-a2d5-f582208c66ac","url":"https://coach.example.com/hooks/peach",\
            "events":["weigh_in.recorded","client.verdict_changed"],"createdAt":"2026-11-23T23:20:27.349824Z"}""";

    static final String DELIVERIES = """
            {"items":[{"id":"9d6b4c0e-af41-4392-bf1a-c55a146ce064","messageId":"msg_9f20e1cab2a442fb89d92b162d57a0ea",\
            "eventType":"intake.recorded","status":"delivered","attemptCount":2,\
            "createdAt":"2026-11-23T23:20:46.025681Z","nextAttemptAt":null,"attempts":[\
            {"attempt":1,"at":"2026-11-23T23:20:46.088767Z","outcome":"network_error","responseCode":null,\
            "durationMs":50,"error":"connection refused or unreachable"},\
            {"attempt":2,"at":"2026-11-23T23:21:21.044598Z","outcome":"delivered","responseCode":200,"durationMs":13,\
            "error":null}]}],"page":0,"size":20,"total":1}""";

    private WebhookDocs() {
    }
}
