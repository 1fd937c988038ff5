// Suggestions for the city fields: a <datalist> that an input names in its `list` attribute. The fields stay free
// text, because the server folds any spelling of a municipality to its one name ("bogota" finds "Bogotá D.C.").
import { api } from './api.js';
import { h } from './dom.js';

/** Cities that have players, with their counts: for the gallery's and the ranking's filter. */
export function playerCitiesList(id) {
    return filledList(id, api.cities(), (city) => option(city.city,
        [city.known ? city.department : 'fuera del catálogo',
            `${city.players} ${city.players === 1 ? 'jugador' : 'jugadores'}`].join(' · ')));
}

/** Every municipality of DANE's catalogue, by the name signup stores: for the signup form. */
export function catalogueList(id) {
    return filledList(id, api.cityCatalogue(), (city) => option(city.city, city.department));
}

function option(value, label) {
    return h('option', { value, label });
}

/** Suggestions only help: if they fail to load, the field still takes any city typed. */
function filledList(id, request, toOption) {
    const list = h('datalist', { id });
    request.then(({ data }) => list.replaceChildren(...data.map(toOption))).catch(() => list.replaceChildren());
    return list;
}
