// Form fields with their label, hint and error message wired for assistive technology (aria-describedby,
// aria-invalid), and the display of client-side and server-side errors on them.
import { h } from './dom.js';

export function field({ name, label, type = 'text', hint, ...attributes }) {
    const id = `campo-${name}`;
    const describedBy = [hint ? `${id}-ayuda` : null, `${id}-error`].filter(Boolean).join(' ');
    return h('div', { class: 'field' },
        h('label', { for: id }, label),
        h('input', { id, name, type, 'aria-describedby': describedBy, ...attributes }),
        hint ? h('p', { class: 'hint', id: `${id}-ayuda` }, hint) : null,
        h('p', { class: 'field-error', id: `${id}-error` }));
}

/**
 * A file input shown as a Spanish "Elegir archivo" button with the chosen file's name (the native control speaks
 * the browser's language). The input stays focusable; its focus ring is drawn on the button.
 */
export function fileField({ name, label, hint, accept }) {
    const id = `campo-${name}`;
    const none = 'Ningún archivo elegido';
    const fileName = h('span', { class: 'file-name', id: `${id}-nombre` }, none);
    const input = h('input', { id, name, type: 'file', accept, class: 'file-input',
        'aria-labelledby': `${id}-etiqueta ${id}-boton`,
        'aria-describedby': `${id}-nombre ${id}-ayuda ${id}-error` });
    input.addEventListener('change', () => {
        fileName.textContent = input.files[0]?.name ?? none;
    });
    return h('div', { class: 'field' },
        h('span', { class: 'label', id: `${id}-etiqueta` }, label),
        h('div', { class: 'file-picker' }, input,
            h('label', { for: id, id: `${id}-boton`, class: 'button secondary' }, 'Elegir archivo'), fileName),
        h('p', { class: 'hint', id: `${id}-ayuda` }, hint),
        h('p', { class: 'field-error', id: `${id}-error` }));
}

/** The form's text values by field name. */
export function values(form) {
    return Object.fromEntries([...new FormData(form)].filter(([, value]) => typeof value === 'string'));
}

/**
 * Marks the fields in `errors` ({name: message}) invalid, clears the others, shows `summary` in the form's
 * message area and moves focus to the first invalid field (or to the message when no field is named).
 */
export function showErrors(form, messages, errors, summary) {
    clearErrors(form);
    let first = null;
    for (const [name, message] of Object.entries(errors)) {
        const input = form.elements[name];
        if (!input) {
            continue;
        }
        input.setAttribute('aria-invalid', 'true');
        document.getElementById(`${input.id}-error`).textContent = message;
        first ??= input;
    }
    messages.show(summary ?? 'Revisa los campos marcados.', 'error');
    (first ?? messages).focus?.();
}

export function clearErrors(form) {
    for (const input of form.querySelectorAll('[aria-invalid]')) {
        input.removeAttribute('aria-invalid');
        document.getElementById(`${input.id}-error`).textContent = '';
    }
}

/** The server's errors[] ({field, message}) as {field: message}, several messages of one field joined. */
export function serverFieldErrors(apiError) {
    const errors = {};
    for (const { field: name, message } of apiError.fieldErrors) {
        errors[name] = errors[name] ? `${errors[name]} ${message}` : message;
    }
    return errors;
}

/** Disables the form's submit button while `work` runs. */
export async function whileBusy(form, work) {
    const button = form.querySelector('[type=submit]');
    button.disabled = true;
    try {
        return await work();
    } finally {
        button.disabled = false;
    }
}
