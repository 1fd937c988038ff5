package co.anb.showcase.auth;

import co.anb.showcase.shared.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Field names follow the contract (snake_case on the wire through the global naming strategy). Every text field is
 * bounded (the columns' sizes) and plain ({@link PlainText}: no NUL, control or direction characters), so a value
 * the database would refuse is a 400 naming the field, not a 500.
 */
record SignupRequest(
        @NotBlank(message = "El nombre es obligatorio.")
        @Size(max = 100, message = "El nombre admite máximo 100 caracteres.")
        @Pattern(regexp = PlainText.REGEX, message = "El nombre contiene caracteres no permitidos.")
        String firstName,
        @NotBlank(message = "El apellido es obligatorio.")
        @Size(max = 100, message = "El apellido admite máximo 100 caracteres.")
        @Pattern(regexp = PlainText.REGEX, message = "El apellido contiene caracteres no permitidos.")
        String lastName,
        @NotBlank(message = "El correo electrónico es obligatorio.")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
                message = "El correo electrónico no tiene un formato válido.")
        @Size(max = 254, message = "El correo electrónico admite máximo 254 caracteres.")
        @Pattern(regexp = PlainText.REGEX, message = "El correo electrónico contiene caracteres no permitidos.")
        String email,
        @NewPassword
        String password1,
        @NotBlank(message = "La confirmación de la contraseña es obligatoria.")
        @Size(max = 128, message = "La confirmación de la contraseña admite máximo 128 caracteres.")
        String password2,
        @NotBlank(message = "La ciudad es obligatoria.")
        @Size(max = 100, message = "La ciudad admite máximo 100 caracteres.")
        @Pattern(regexp = PlainText.REGEX, message = "La ciudad contiene caracteres no permitidos.")
        String city,
        @NotBlank(message = "El país es obligatorio.")
        @Size(max = 100, message = "El país admite máximo 100 caracteres.")
        @Pattern(regexp = PlainText.REGEX, message = "El país contiene caracteres no permitidos.")
        String country) {
}
