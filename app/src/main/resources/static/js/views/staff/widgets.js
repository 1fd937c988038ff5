// Pieces the staff sections share: a modal asking for a reason (or only a confirmation) before an action, tables,
// and the conversion between API instants and the browser's local date-time inputs.
import { h, messageArea } from '../../dom.js';

let dialogs = 0;

/**
 * Opens a modal for an action on `subject`: with `reasonLabel`, a required reason field; the `action(reason)` runs
 * on "confirm", its refusal (ApiError) is shown in the dialog, which stays open; on success the dialog closes and
 * `onDone(result)` runs. Focus returns to `opener` when the dialog closes.
 */
export function actionDialog({ opener, title, text, reasonLabel, confirmText, danger = false, action, onDone }) {
    const n = ++dialogs;
    const titleId = `dialogo-${n}-titulo`;
    const textId = `dialogo-${n}-texto`;
    const reasonId = `dialogo-${n}-motivo`;
    const errors = messageArea();
    const reason = reasonLabel ? h('textarea', { id: reasonId, name: 'reason', rows: 3, maxlength: 500,
        required: true, 'aria-describedby': `${reasonId}-error` }) : null;
    const reasonError = h('p', { class: 'field-error', id: `${reasonId}-error` });
    const confirm = h('button', { type: 'submit', class: `button ${danger ? 'danger' : 'primary'}` }, confirmText);
    const cancel = h('button', { type: 'button', class: 'button secondary' }, 'Cancelar');
    const form = h('form', { method: 'dialog' },
        h('h2', { id: titleId }, title),
        h('p', { id: textId }, text),
        reason ? h('div', { class: 'field' }, h('label', { for: reasonId }, reasonLabel), reason, reasonError) : null,
        errors,
        h('div', { class: 'actions' }, cancel, confirm));
    const dialog = h('dialog', { class: 'confirm staff-dialog', 'aria-labelledby': titleId,
        'aria-describedby': textId }, form);
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
        dialog.remove();
        opener?.focus();
    });
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const given = reason ? reason.value.trim() : undefined;
        if (reason && !given) {
            reason.setAttribute('aria-invalid', 'true');
            reasonError.textContent = 'Escribe el motivo: queda en el registro de auditoría.';
            reason.focus();
            return;
        }
        confirm.disabled = true;
        try {
            const result = await action(given);
            dialog.close();
            onDone?.(result);
        } catch (error) {
            errors.show(error.message, 'error');
        } finally {
            confirm.disabled = false;
        }
    });
    document.body.append(dialog);
    dialog.showModal();
    (reason ?? confirm).focus();
    return dialog;
}

/**
 * A table with a caption and column headers; `rows` are arrays of cells (text or nodes). Cell classes come from
 * `columns[i].class`, e.g. 'num' for right-aligned figures.
 */
export function table(caption, columns, rows, className = '') {
    return h('div', { class: 'table-scroll' },
        h('table', { class: `ranking staff-table ${className}`.trim() },
            h('caption', {}, caption),
            h('thead', {}, h('tr', {}, ...columns.map((column) =>
                h('th', { scope: 'col', class: column.class ?? null }, column.label)))),
            h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((cell, i) =>
                h('td', { class: columns[i].class ?? null, 'data-label': columns[i].label }, cell)))))));
}

/** An ISO instant as the value of an <input type="datetime-local"> in the browser's time zone ('' for none). */
export function toLocalInput(iso) {
    if (!iso) {
        return '';
    }
    const date = new Date(iso);
    const pad = (number) => String(number).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
        + `T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (the browser's time zone) as an ISO-8601 instant for the API, or null when empty. */
export function fromLocalInput(value) {
    return value ? new Date(value).toISOString() : null;
}

/** A small button for a row's action. */
export function rowButton(text, label, onclick, kind = 'secondary') {
    return h('button', { type: 'button', class: `button small ${kind}`, 'aria-label': label, onclick }, text);
}

/** "Anterior / Siguiente" for a list paged inside its section (the route stays); `panel` has `page` and `load()`. */
export function pageButtons(panel, total, pageSize) {
    const pages = Math.max(1, Math.ceil(total / pageSize));
    if (pages <= 1 && panel.page <= 1) {
        return [];
    }
    const go = (page) => () => {
        panel.page = page;
        panel.load();
    };
    return [
        h('button', { type: 'button', class: 'button small secondary', disabled: panel.page <= 1,
            onclick: go(panel.page - 1) }, '← Anterior'),
        h('span', {}, `Página ${panel.page} de ${pages}`),
        h('button', { type: 'button', class: 'button small secondary', disabled: panel.page >= pages,
            onclick: go(panel.page + 1) }, 'Siguiente →'),
    ];
}
