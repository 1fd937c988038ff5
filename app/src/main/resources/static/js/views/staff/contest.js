// Concurso: the contest's rules (verified voters only, the voting window as local date-times) and whether voting
// is open now, read from the public contest state after each change.
import { formatDate, h, messageArea } from '../../dom.js';
import { clearErrors, serverFieldErrors, showErrors, whileBusy } from '../../forms.js';
import { staffApi } from './staff-api.js';
import { fromLocalInput, toLocalInput } from './widgets.js';

export function contestSection({ body }) {
    const state = h('p', { class: 'contest-state staff-contest-state', role: 'status', 'aria-live': 'polite' });
    const messages = messageArea('message contest-message');
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const form = h('form', { class: 'card form', novalidate: true, 'aria-label': 'Reglas del concurso' },
        h('div', { class: 'field checkbox' },
            h('label', { for: 'campo-verified_voters_only' },
                h('input', { id: 'campo-verified_voters_only', name: 'verified_voters_only', type: 'checkbox',
                    'aria-describedby': 'campo-verified_voters_only-ayuda' }),
                ' Solo votantes con correo verificado'),
            h('p', { class: 'hint', id: 'campo-verified_voters_only-ayuda' },
                'Activado, una cuenta debe verificar su correo antes de votar.')),
        h('div', { class: 'field-row' },
            dateField('voting_opens_at', 'La votación abre', `Vacío: abierta desde ya. Hora local (${zone}).`),
            dateField('voting_closes_at', 'La votación cierra', `Vacío: sin cierre. Hora local (${zone}).`)),
        messages,
        h('div', { class: 'actions-row' },
            h('button', { type: 'submit', class: 'button primary' }, 'Guardar reglas'),
            h('button', { type: 'button', class: 'button secondary close-now', onclick: () => closeNow() },
                'Cerrar ahora')));
    body.append(state, form);

    const show = (rules) => {
        form.elements.verified_voters_only.checked = rules.verified_voters_only === true;
        form.elements.voting_opens_at.value = toLocalInput(rules.voting_opens_at);
        form.elements.voting_closes_at.value = toLocalInput(rules.voting_closes_at);
    };
    const refreshState = () => staffApi.publicContest().then(({ data }) => {
        state.dataset.open = String(data.voting_open);
        state.textContent = describe(data);
    }).catch((error) => messages.show(error.message, 'error'));

    const save = (rules, done) => whileBusy(form, async () => {
        clearErrors(form);
        try {
            const { data } = await staffApi.saveContest(rules);
            show(data);
            messages.show(done, 'success');
            await refreshState();
        } catch (error) {
            showErrors(form, messages, serverFieldErrors(error), error.message);
        }
    });
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        save({
            verified_voters_only: form.elements.verified_voters_only.checked,
            voting_opens_at: fromLocalInput(form.elements.voting_opens_at.value),
            voting_closes_at: fromLocalInput(form.elements.voting_closes_at.value),
        }, 'Reglas guardadas.');
    });
    // closing "now" sets the close a minute back so no clock skew lets a last vote in
    const closeNow = () => save({
        verified_voters_only: form.elements.verified_voters_only.checked,
        voting_opens_at: fromLocalInput(form.elements.voting_opens_at.value),
        voting_closes_at: new Date(Date.now() - 60_000).toISOString(),
    }, 'Votación cerrada.');

    messages.show('Cargando reglas…');
    staffApi.contest().then(({ data }) => {
        show(data);
        messages.clear();
        return refreshState();
    }).catch((error) => messages.show(error.message, 'error'));
}

function dateField(name, label, hint) {
    const id = `campo-${name}`;
    return h('div', { class: 'field' },
        h('label', { for: id }, label),
        h('input', { id, name, type: 'datetime-local', 'aria-describedby': `${id}-ayuda ${id}-error` }),
        h('p', { class: 'hint', id: `${id}-ayuda` }, hint),
        h('p', { class: 'field-error', id: `${id}-error` }));
}

function describe(contest) {
    const bounds = [contest.voting_opens_at ? `abre el ${formatDate(contest.voting_opens_at)}` : null,
        contest.voting_closes_at ? `cierra el ${formatDate(contest.voting_closes_at)}` : null].filter(Boolean);
    const when = bounds.length ? ` (${bounds.join(', ')})` : ' (sin ventana definida)';
    return `${contest.voting_open ? 'Votación abierta' : 'Votación cerrada'}${when}.`;
}
