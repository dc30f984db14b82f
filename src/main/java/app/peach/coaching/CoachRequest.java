package app.peach.coaching;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.web.PlainText;

@Schema(name = "CoachRequest")
public record CoachRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.LINE, message = PlainText.LINE_MESSAGE)
        @Schema(required = true, example = "Alex Coach") String name,
        @NotBlank @Email @Size(max = 320) @Pattern(regexp = PlainText.LINE, message = PlainText.LINE_MESSAGE) @Schema(required = true, example = "alex@example.com") String email) {
}
