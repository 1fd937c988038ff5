package co.anb.showcase.auth;

import co.anb.showcase.shared.PlainText;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a new password, one place for signup, reset and change, so all three refuse the same passwords with
 * the same messages. Each composing constraint reports its own message. 72 characters and 72 bytes at most: BCrypt
 * reads no more (docs/security.md, "Passwords").
 */
@NotBlank(message = "La contraseña es obligatoria.")
@Size(min = 8, max = 72, message = "La contraseña debe tener entre 8 y 72 caracteres.")
@MaxUtf8Bytes(value = 72, message = "La contraseña admite máximo 72 bytes en UTF-8 "
        + "(la ñ y las letras con tilde ocupan 2, un emoji 4).")
@Pattern(regexp = PlainText.REGEX, message = "La contraseña contiene caracteres no permitidos.")
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@interface NewPassword {

    String message() default "La contraseña no es válida.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
