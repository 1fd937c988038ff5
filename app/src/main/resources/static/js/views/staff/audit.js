// Registro: the latest staff actions (who, what, when, why), newest first, as the audit log keeps them.
import { formatDate, h, messageArea } from '../../dom.js';
import { staffApi } from './staff-api.js';
import { table } from './widgets.js';

// the names the modules record; another helper's action not listed here is shown by its name
const ACTIONS = {
    contest_settings_changed: 'Cambió las reglas del concurso',
    void_votes: 'Anuló votos',
    hide_video: 'Ocultó un video',
    unhide_video: 'Mostró un video',
    suspend_account: 'Suspendió una cuenta',
    reinstate_account: 'Reactivó una cuenta',
    merge_cities: 'Unió ciudades',
};

export function auditSection({ body }) {
    const status = messageArea();
    const list = h('div');
    const lead = h('p', { class: 'lead' },
        'Las últimas 200 acciones del staff, de la más reciente a la más antigua.');
    body.append(lead, status, list);
    status.show('Cargando el registro…');
    staffApi.auditLog().then(({ data }) => {
        status.show(data.length ? '' : 'Aún no hay acciones registradas.');
        list.replaceChildren(data.length ? table('Acciones del staff', [{ label: 'Cuándo' }, { label: 'Quién' },
            { label: 'Acción' }, { label: 'Sobre' }, { label: 'Motivo' }, { label: 'Detalles' }],
        data.map((entry) => [
            h('span', { class: 'nowrap' }, formatDate(entry.at)),
            h('code', { title: entry.staff_id }, shortId(entry.staff_id)),
            ACTIONS[entry.action] ?? entry.action,
            h('span', { title: entry.target ?? '' }, shortIds(entry.target ?? '')),
            entry.reason ?? '',
            readable(entry.details),
        ]), 'audit-log') : '');
    }).catch((error) => status.show(error.message, 'error'));
}

/** Details as recorded, a value left unset (recorded as "null") shown as a dash. */
function readable(details) {
    return (details ?? '').replace(/\bnull\b/g, '—');
}

/** 'user:8b405fc1-24f7-…' as 'user:8b405fc1…': the whole id stays in the cell's title. */
function shortIds(text) {
    return text.replace(/\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '$1…');
}

/** The start of an account id: enough to tell the few staff accounts apart in a table. */
function shortId(id) {
    return id ? id.slice(0, 8) : '';
}
