// Resultados: the tournament roster, the top N players of each city by counted votes, and its CSV download (the
// same data as GET /api/staff/results with Accept: text/csv, UTF-8 with BOM so Excel opens it).
import { formatDate, formatNumber, h, messageArea } from '../../dom.js';
import { navigate, withQuery } from '../../router.js';
import { downloadResultsCsv, staffApi } from './staff-api.js';
import { table } from './widgets.js';

const DEFAULT_TOP = 10;
const MAX_TOP = 100;

export function resultsSection({ body, query }) {
    const asked = Number(query.top);
    const top = Number.isInteger(asked) && asked >= 1 && asked <= MAX_TOP ? asked : DEFAULT_TOP;
    const status = messageArea();
    const download = messageArea();
    const tables = h('div', { class: 'roster' });
    const form = h('form', { class: 'filters', 'aria-label': 'Jugadores por ciudad' },
        h('div', { class: 'field' },
            h('label', { for: 'resultados-top' }, 'Jugadores por ciudad'),
            h('input', { id: 'resultados-top', name: 'top', type: 'number', min: 1, max: MAX_TOP, value: top,
                inputmode: 'numeric' })),
        h('button', { type: 'submit', class: 'button' }, 'Ver resultados'),
        h('button', { type: 'button', class: 'button primary download-csv', onclick: (event) =>
            saveCsv(event.currentTarget, top, download) }, 'Descargar CSV'));
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        navigate(withQuery('/staff/resultados', { top: form.elements.top.value }));
    });
    body.append(form, download, status, tables);

    status.show('Calculando resultados…');
    staffApi.results(top).then(({ data }) => {
        const cities = data.cities ?? [];
        const when = data.generated_at ? ` (calculados el ${formatDate(data.generated_at)})` : '';
        status.show(`${data.final ? 'Resultados finales: la votación cerró' : 'Resultados parciales: la votación '
            + 'sigue abierta'}${when}.`, data.final ? 'success' : 'info');
        tables.replaceChildren(...(cities.length ? cities.map(cityTable)
            : [h('p', {}, 'Aún no hay jugadores con votos.')]));
    }).catch((error) => status.show(error.message, 'error'));
}

async function saveCsv(button, top, download) {
    button.disabled = true;
    download.show('Preparando el archivo…');
    try {
        const name = await downloadResultsCsv(top);
        download.show(`Descargado: ${name}.`, 'success');
    } catch (error) {
        download.show(error.message, 'error');
    } finally {
        button.disabled = false;
    }
}

function cityTable(city) {
    const columns = [{ label: 'Puesto', class: 'num' }, { label: 'Jugador' }, { label: 'Correo' },
        { label: 'Votos', class: 'num' }, { label: 'Video' }];
    return table(city.city, columns, (city.players ?? []).map((player) => [
        `${player.position}`,
        player.player,
        player.email,
        formatNumber(player.votes),
        player.video_url ? h('a', { href: player.video_url, target: '_blank', rel: 'noopener' }, 'Ver video') : '',
    ]), 'roster-city');
}
