package co.anb.showcase.auth;

import co.anb.showcase.shared.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Bounded like signup's fields, so an overlong or binary value is refused before it reaches the database, the
 * failed-login throttle or BCrypt. The password allows 128 characters, more than signup's 72: no valid password is
 * longer, and a longer one is refused without hashing.
 */
record LoginRequest(
        @NotBlank(message = "El correo electrónico es obligatorio.")
        @Size(max = 254, message = "El correo electrónico admite máximo 254 caracteres.")
        @Pattern(regexp = PlainText.REGEX, message = "El correo electrónico contiene caracteres no permitidos.")
        String email,
        @NotBlank(message = "La contraseña es obligatoria.")
        @Size(max = 128, message = "La contraseña admite máximo 128 caracteres.")
        String password) {
}
