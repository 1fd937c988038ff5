// The API's input rules (SPEC §2 and §3), checked before sending so the user learns at once. The server checks
// them again and stays the authority: its messages are shown as they come. The upload limits are the API's
// defaults (they are configurable on the server).

export const LIMITS = {
    maxUploadBytes: 100 * 1024 * 1024,
    minSeconds: 20,
    maxSeconds: 60,
    minShortSide: 1080,
    titleMaxLength: 200,
};

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function required(errors, values, name, message) {
    if (!values[name] || !values[name].trim()) {
        errors[name] = message;
        return false;
    }
    return true;
}

function maxLength(errors, values, name, max, message) {
    if (values[name].length > max) {
        errors[name] = message;
    }
}

/** @returns {Object<string, string>} a message per invalid field (empty when all is well) */
export function checkSignup(values) {
    const errors = {};
    const text = [
        ['first_name', 'El nombre es obligatorio.', 'El nombre admite máximo 100 caracteres.'],
        ['last_name', 'El apellido es obligatorio.', 'El apellido admite máximo 100 caracteres.'],
        ['city', 'La ciudad es obligatoria.', 'La ciudad admite máximo 100 caracteres.'],
        ['country', 'El país es obligatorio.', 'El país admite máximo 100 caracteres.'],
    ];
    for (const [name, missing, tooLong] of text) {
        if (required(errors, values, name, missing)) {
            maxLength(errors, values, name, 100, tooLong);
        }
    }
    if (required(errors, values, 'email', 'El correo electrónico es obligatorio.')) {
        if (!EMAIL.test(values.email.trim())) {
            errors.email = 'El correo electrónico no tiene un formato válido.';
        }
        maxLength(errors, values, 'email', 254, 'El correo electrónico admite máximo 254 caracteres.');
    }
    return checkNewPassword(values, errors);
}

/** password1 and password2 of signup, password reset and password change: the same rules everywhere. */
export function checkNewPassword(values, errors = {}) {
    if (required(errors, values, 'password1', 'La contraseña es obligatoria.')
        && (values.password1.length < 8 || values.password1.length > 72)) {
        errors.password1 = 'La contraseña debe tener entre 8 y 72 caracteres.';
    }
    if (required(errors, values, 'password2', 'La confirmación de la contraseña es obligatoria.')
        && !errors.password1 && values.password1 !== values.password2) {
        errors.password2 = 'Las contraseñas no coinciden.';
    }
    return errors;
}

/** A single required field, e.g. the e-mail of the reset form or the password that confirms a deletion. */
export function checkRequired(values, name, message) {
    const errors = {};
    required(errors, values, name, message);
    return errors;
}

export function checkLogin(values) {
    const errors = {};
    required(errors, values, 'email', 'El correo electrónico es obligatorio.');
    required(errors, values, 'password', 'La contraseña es obligatoria.');
    return errors;
}

export function checkUpload(title, file) {
    const errors = {};
    const trimmed = title.trim();
    if (!trimmed) {
        errors.title = 'El título es obligatorio.';
    } else if ([...trimmed].length > LIMITS.titleMaxLength) {
        errors.title = `El título debe tener entre 1 y ${LIMITS.titleMaxLength} caracteres.`;
    }
    if (!file) {
        errors.video_file = 'Selecciona un archivo de video MP4.';
    } else if (!/\.mp4$/i.test(file.name) && file.type !== 'video/mp4') {
        errors.video_file = 'El archivo debe ser un video MP4.';
    } else if (file.size === 0) {
        errors.video_file = 'El archivo de video está vacío.';
    } else if (file.size > LIMITS.maxUploadBytes) {
        const megabytes = LIMITS.maxUploadBytes / 1024 / 1024;
        errors.video_file = `El archivo supera el tamaño máximo permitido de ${megabytes} MB.`;
    }
    return errors;
}

/**
 * Duration and resolution as the browser reads them. Only clear misses are refused here (a quarter second of
 * slack for how players and ffprobe round durations); the server's ffprobe decides borderline files.
 * @returns {string|null} the problem, or null
 */
export function checkMedia({ duration, width, height }) {
    const slack = 0.25;
    if (duration < LIMITS.minSeconds - slack || duration > LIMITS.maxSeconds + slack) {
        const seconds = duration.toLocaleString('es-CO', { maximumFractionDigits: 1 });
        return `El video dura ${seconds} s; la duración debe estar entre ${LIMITS.minSeconds} y `
            + `${LIMITS.maxSeconds} segundos.`;
    }
    if (Math.min(width, height) < LIMITS.minShortSide) {
        return `La resolución del video es ${width}×${height}; se requiere mínimo ${LIMITS.minShortSide}p `
            + `(lado corto ≥ ${LIMITS.minShortSide} px).`;
    }
    return null;
}
