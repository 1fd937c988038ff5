// The account search of Moderación: find an account by name, e-mail or city and suspend it (it cannot log in, its
// videos are hidden and its votes stop counting) or reinstate it, each with a reason for the audit log.
import { formatNumber, h, messageArea } from '../../dom.js';
import { itemsOf, staffApi } from './staff-api.js';
import { actionDialog, pageButtons, rowButton, table } from './widgets.js';

const PAGE_SIZE = 20;

export function accountsPanel() {
    const status = messageArea();
    const content = h('div');
    const paging = h('div', { class: 'actions-row' });
    const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Buscar cuentas' },
        h('div', { class: 'field' },
            h('label', { for: 'cuentas-q' }, 'Nombre, correo o ciudad'),
            h('input', { id: 'cuentas-q', name: 'q', type: 'search', maxlength: 100, autocomplete: 'off' })),
        h('button', { type: 'submit', class: 'button' }, 'Buscar'));
    const panel = { page: 1, q: '' };
    panel.load = async () => {
        status.show('Buscando cuentas…');
        try {
            const { data } = await staffApi.users({ q: panel.q, page: panel.page, limit: PAGE_SIZE });
            const { items, total } = itemsOf(data);
            status.show(items.length ? `${formatNumber(total)} ${total === 1 ? 'cuenta' : 'cuentas'}.`
                : 'Ninguna cuenta coincide con la búsqueda.');
            content.replaceChildren(items.length ? accountTable(items, panel) : '');
            paging.replaceChildren(...pageButtons(panel, total, PAGE_SIZE));
        } catch (error) {
            status.show(error.message, 'error');
        }
    };
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        panel.q = form.elements.q.value.trim();
        panel.page = 1;
        panel.load();
    });
    return h('section', { class: 'card staff-panel', 'aria-labelledby': 'moderacion-cuentas' },
        h('h3', { id: 'moderacion-cuentas' }, 'Cuentas'), form, status, content, paging);
}

function accountTable(accounts, panel) {
    const columns = [{ label: 'Nombre' }, { label: 'Correo' }, { label: 'Ciudad' }, { label: 'Rol' },
        { label: 'Videos', class: 'num' }, { label: 'Estado' }, { label: 'Acciones' }];
    return table('Cuentas encontradas', columns, accounts.map((account) => {
        const name = `${account.first_name ?? ''} ${account.last_name ?? ''}`.trim();
        return [
            name,
            account.email,
            account.city ?? '',
            account.role === 'staff' ? 'Staff' : 'Jugador',
            formatNumber(account.videos ?? 0),
            state(account),
            h('span', { class: 'row-actions', 'data-user-id': account.id },
                account.role === 'staff' ? '' : actionButton(account, name || account.email, panel)),
        ];
    }));
}

function state(account) {
    if (account.suspended) {
        return h('span', {}, h('strong', {}, 'Suspendida'), account.suspended_reason ? `: ${account.suspended_reason}`
            : '');
    }
    return account.email_verified ? 'Activa, correo verificado' : 'Activa, correo sin verificar';
}

function actionButton(account, name, panel) {
    const suspend = !account.suspended;
    const button = rowButton(suspend ? 'Suspender' : 'Reactivar',
        `${suspend ? 'Suspender' : 'Reactivar'} la cuenta de ${name}`, () => actionDialog({
            opener: button,
            title: suspend ? `¿Suspender la cuenta de ${name}?` : `¿Reactivar la cuenta de ${name}?`,
            text: suspend ? 'No podrá iniciar sesión, sus videos se ocultan y sus votos dejan de contar mientras '
                + 'esté suspendida.' : 'Podrá iniciar sesión de nuevo; sus videos y sus votos vuelven a contar.',
            // only a suspension asks why: the API keeps its reason, a reinstatement takes none
            reasonLabel: suspend ? 'Motivo (queda en el registro)' : null,
            confirmText: suspend ? 'Suspender cuenta' : 'Reactivar cuenta',
            danger: suspend,
            action: (reason) => suspend ? staffApi.suspendUser(account.id, reason)
                : staffApi.reinstateUser(account.id),
            onDone: () => panel.load(),
        }), suspend ? 'danger' : 'secondary');
    button.classList.add(suspend ? 'suspend-user' : 'reinstate-user');
    return button;
}
