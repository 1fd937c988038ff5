// The rankings: players by votes, for every city or one, with paging.
import { api } from '../api.js';
import { playerCitiesList } from '../cities.js';
import { formatNumber, h, heading, messageArea, pageNumber, pager } from '../dom.js';
import { href, navigate, withQuery } from '../router.js';

const PAGE_SIZE = 20;

export function rankingView({ page, title, query }) {
    title('Ranking');
    const city = (query.city ?? '').trim();
    const pageNo = pageNumber(query.page);
    const status = messageArea();
    const body = h('tbody');
    const table = h('table', { class: 'ranking', hidden: true },
        h('caption', {}, city ? `Ranking de ${city}` : 'Ranking general (todas las ciudades)'),
        h('thead', {}, h('tr', {},
            h('th', { scope: 'col', class: 'num' }, 'Puesto'),
            h('th', { scope: 'col' }, 'Jugador'),
            city ? null : h('th', { scope: 'col' }, 'Ciudad'),
            h('th', { scope: 'col', class: 'num' }, 'Votos'))),
        body);
    const paging = h('div');
    const finality = h('p', { class: 'contest-state ranking-final', hidden: true });

    const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filtrar el ranking' },
        h('div', { class: 'field' },
            h('label', { for: 'ranking-ciudad' }, 'Ciudad'),
            h('input', { id: 'ranking-ciudad', name: 'city', type: 'search', value: city, maxlength: 100,
                placeholder: 'Todas', autocomplete: 'off', list: 'ranking-ciudades' }),
            playerCitiesList('ranking-ciudades')),
        h('button', { type: 'submit', class: 'button' }, 'Ver ranking'));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        navigate(withQuery('/ranking', { city: form.elements.city.value.trim() }));
    });

    page.append(
        heading('Ranking por ciudad'),
        h('p', { class: 'lead' }, 'Los jugadores más votados de cada ciudad van al torneo Rising Stars. '
            + 'Los votos nuevos aparecen aquí en pocos segundos.'),
        finality, form, status, h('div', { class: 'table-scroll' }, table), paging);

    status.show('Cargando ranking…');
    api.rankings({ page: pageNo, limit: PAGE_SIZE, city }).then(({ data, total, headers }) => {
        const count = total ?? data.length;
        // the voting window has closed: no vote can change these positions any more
        finality.hidden = headers.get('X-Rankings-Final') !== 'true';
        finality.textContent = finality.hidden ? '' : 'Resultados finales: la votación cerró.';
        if (data.length === 0 && count > 0) {
            status.show('Esta página del ranking está vacía.');
            paging.replaceChildren(pager(pageNo, PAGE_SIZE, count, (n) => href('/ranking', { city, page: n })));
            return;
        }
        if (data.length === 0) {
            status.show(city ? `Aún no hay jugadores con videos publicados en «${city}».`
                : 'Aún no hay jugadores con videos publicados.');
            return;
        }
        status.show(`${count} ${count === 1 ? 'jugador' : 'jugadores'}${city ? ` en ${city}` : ''}.`);
        body.replaceChildren(...data.map((row) => h('tr', {},
            h('td', { class: 'num position' }, `${row.position}`),
            h('td', { class: 'player-name' }, row.username),
            city ? null : h('td', { class: 'city' }, row.city),
            h('td', { class: 'num votes' }, formatNumber(row.votes)))));
        table.hidden = false;
        paging.replaceChildren(pager(pageNo, PAGE_SIZE, count, (n) => href('/ranking', { city, page: n })));
    }).catch((error) => status.show(error.message, 'error'));
}
