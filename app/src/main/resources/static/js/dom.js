// Small DOM helpers shared by the views. Text always goes in as text nodes (never innerHTML): titles, names and
// cities are typed by users.

/**
 * h('a', {href: '#/', class: 'x'}, 'text', child) creates an element. Attributes set to null/false are left out;
 * `on*` functions become event listeners; children may be strings, nodes, arrays, or null (skipped).
 */
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2), value);
        } else if (value === true) {
            element.setAttribute(name, '');
        } else {
            element.setAttribute(name, value);
        }
    }
    element.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
    return element;
}

/** The page's heading, focusable so the router can move focus to it after a navigation. */
export function heading(text) {
    return h('h1', { tabindex: '-1' }, text);
}

/** A message area announced by screen readers: kind 'error' interrupts (role=alert), others wait (role=status). */
export function messageArea(className = 'message') {
    const area = h('div', { class: className, role: 'status', 'aria-live': 'polite' });
    area.show = (text, kind = 'info', ...extra) => {
        area.setAttribute('role', kind === 'error' ? 'alert' : 'status');
        area.dataset.kind = kind;
        // extras may be null (e.g. a login link only for a 401): leave those out, not as the text "null"
        area.replaceChildren(...(text ? [h('span', {}, text), ...extra.filter((node) => node != null)] : []));
    };
    area.clear = () => area.show('');
    return area;
}

const dateFormat = new Intl.DateTimeFormat('es-CO', { dateStyle: 'medium', timeStyle: 'short' });
const numberFormat = new Intl.NumberFormat('es-CO');

export function formatDate(iso) {
    return iso ? dateFormat.format(new Date(iso)) : '';
}

export function formatNumber(number) {
    return numberFormat.format(number);
}

export function formatVotes(votes) {
    return `${formatNumber(votes)} ${votes === 1 ? 'voto' : 'votos'}`;
}

const STATUS_LABELS = {
    uploaded: 'Subido, en cola',
    processing: 'Procesando',
    processed: 'Publicado',
    failed: 'Falló',
};

/** True while the worker has not finished with the video, so its page keeps polling. */
export function inProgress(status) {
    return status === 'uploaded' || status === 'processing';
}

export function statusLabel(status) {
    return STATUS_LABELS[status] ?? status;
}

export function statusBadge(status) {
    return h('span', { class: `badge badge-${status}`, 'data-status': status }, statusLabel(status));
}

/** "Anterior / Página 2 de 5 / Siguiente" links; nothing when everything fits on one page. */
export function pager(page, limit, total, linkTo) {
    const pages = Math.max(1, Math.ceil(total / limit));
    if (pages <= 1 && page <= 1) {
        return h('span');
    }
    return h('nav', { class: 'pager', 'aria-label': 'Paginación' },
        page > 1 ? h('a', { href: linkTo(page - 1), rel: 'prev' }, '← Anterior') : h('span'),
        h('span', { 'aria-current': 'page' }, `Página ${page} de ${pages}`),
        page < pages ? h('a', { href: linkTo(page + 1), rel: 'next' }, 'Siguiente →') : h('span'));
}

/** A positive integer from a query value, or the fallback. */
export function pageNumber(value) {
    const number = Number(value);
    return Number.isInteger(number) && number >= 1 ? number : 1;
}
