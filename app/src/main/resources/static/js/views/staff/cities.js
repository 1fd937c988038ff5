// Ciudades: the cities that have players, with counts; cities outside the catalogue are flagged, and the merge form
// moves the players of one spelling into a catalogue city.
import { formatNumber, h, messageArea } from '../../dom.js';
import { clearErrors, serverFieldErrors, showErrors, whileBusy } from '../../forms.js';
import { staffApi } from './staff-api.js';
import { table } from './widgets.js';

export function citiesSection({ body }) {
    const status = messageArea();
    const list = h('div');
    const names = h('datalist', { id: 'ciudades-lista' });
    const catalogue = h('datalist', { id: 'ciudades-catalogo' });
    const messages = messageArea();
    const form = h('form', { class: 'card form', novalidate: true, 'aria-labelledby': 'ciudades-unir' },
        h('h3', { id: 'ciudades-unir' }, 'Unir ciudades'),
        h('p', { class: 'hint' }, 'Los jugadores de la primera pasan a la segunda, que debe estar en el catálogo o '
            + 'tener ya jugadores. Queda en el registro.'),
        h('div', { class: 'field-row' },
            cityField('from', 'Ciudad a unir (como está escrita)', 'ciudades-lista'),
            cityField('into', 'Ciudad del catálogo', 'ciudades-catalogo')),
        messages,
        h('button', { type: 'submit', class: 'button primary' }, 'Unir ciudades'), names, catalogue);

    const load = async () => {
        status.show('Cargando ciudades…');
        try {
            const { data } = await staffApi.cities();
            const unknown = data.filter((city) => city.known === false).length;
            status.show(`${formatNumber(data.length)} ${data.length === 1 ? 'ciudad' : 'ciudades'} con jugadores`
                + (unknown ? `; ${formatNumber(unknown)} fuera del catálogo, para revisar.` : '.'));
            names.replaceChildren(...data.map((city) => h('option', { value: city.city })));
            list.replaceChildren(data.length ? cityTable(data) : '');
        } catch (error) {
            status.show(error.message, 'error');
        }
    };

    form.addEventListener('submit', (event) => {
        event.preventDefault();
        const from = form.elements.from.value.trim();
        const into = form.elements.into.value.trim();
        const missing = {};
        if (!from) {
            missing.from = 'Escribe la ciudad a unir.';
        }
        if (!into) {
            missing.into = 'Escribe la ciudad del catálogo.';
        }
        if (Object.keys(missing).length) {
            showErrors(form, messages, missing);
            return;
        }
        whileBusy(form, async () => {
            clearErrors(form);
            try {
                const { data } = await staffApi.mergeCities(from, into);
                messages.show(`«${data.from}» unida a «${data.into}»: ${formatNumber(data.players_moved)} `
                    + `${data.players_moved === 1 ? 'jugador movido' : 'jugadores movidos'}.`, 'success');
                form.reset();
                await load();
            } catch (error) {
                showErrors(form, messages, serverFieldErrors(error), error.message);
            }
        });
    });
    body.append(status, list, form);
    load();
    // suggestions only: the merge works without them
    staffApi.catalogue().then(({ data }) => catalogue.replaceChildren(...data.map((city) =>
        h('option', { value: city.city }, city.department)))).catch(() => {});
}

function cityField(name, label, list) {
    const id = `campo-${name}`;
    return h('div', { class: 'field' },
        h('label', { for: id }, label),
        h('input', { id, name, type: 'text', list, maxlength: 100, autocomplete: 'off',
            'aria-describedby': `${id}-error` }),
        h('p', { class: 'field-error', id: `${id}-error` }));
}

function cityTable(cities) {
    const columns = [{ label: 'Ciudad' }, { label: 'Departamento' }, { label: 'Código DANE' },
        { label: 'Jugadores', class: 'num' }, { label: 'Catálogo' }];
    return table('Ciudades con jugadores', columns, cities.map((city) => [
        city.city,
        city.department ?? '',
        city.dane_code ?? '',
        formatNumber(city.players ?? 0),
        city.known === false ? h('strong', { class: 'unknown-city' }, 'Desconocida') : 'Sí',
    ]), 'cities');
}
