package co.anb.showcase.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Field names follow the contract (snake_case on the wire through the global naming strategy). */
record SignupRequest(
        @NotBlank(message = "El nombre es obligatorio.")
        @Size(max = 100, message = "El nombre admite máximo 100 caracteres.")
        String firstName,
        @NotBlank(message = "El apellido es obligatorio.")
        @Size(max = 100, message = "El apellido admite máximo 100 caracteres.")
        String lastName,
        @NotBlank(message = "El correo electrónico es obligatorio.")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "El correo electrónico no tiene un formato válido.")
        @Size(max = 254, message = "El correo electrónico admite máximo 254 caracteres.")
        String email,
        @NotBlank(message = "La contraseña es obligatoria.")
        // BCrypt reads at most 72 bytes: a longer password would be silently truncated.
        @Size(min = 8, max = 72, message = "La contraseña debe tener entre 8 y 72 caracteres.")
        String password1,
        @NotBlank(message = "La confirmación de la contraseña es obligatoria.")
        String password2,
        @NotBlank(message = "La ciudad es obligatoria.")
        @Size(max = 100, message = "La ciudad admite máximo 100 caracteres.")
        String city,
        @NotBlank(message = "El país es obligatorio.")
        @Size(max = 100, message = "El país admite máximo 100 caracteres.")
        String country) {
}
