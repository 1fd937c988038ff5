// #/privacidad: the privacy notice (Ley 1581 de 2012 and Decreto 1377 de 2013) the signup form links to.
import { h, heading } from '../dom.js';

const section = (title, ...paragraphs) => [h('h2', {}, title), ...paragraphs.map((text) => h('p', {}, text))];

export function privacyView({ page, title }) {
    title('Aviso de privacidad');
    page.append(
        heading('Aviso de privacidad'),
        h('div', { class: 'card panel prose' },
            ...section('Responsable del tratamiento',
                'La Asociación Nacional de Baloncesto (ANB) es la responsable de los datos personales que '
                + 'registras en ANB Rising Stars Showcase.'),
            ...section('Qué datos tratamos y para qué',
                'Tu nombre, apellido, correo electrónico, ciudad y país, tus videos y los votos que emites. Los '
                + 'usamos para tu cuenta, para publicar tus videos y contar los votos, para los rankings por '
                + 'ciudad con los que la ANB invita jugadores al torneo Rising Stars, y para escribirte sobre tu '
                + 'cuenta (verificación del correo y recuperación de la contraseña). Tu nombre, tu ciudad y tus '
                + 'videos publicados son públicos; tu correo no.'),
            ...section('Tus derechos',
                'Según la Ley 1581 de 2012 puedes conocer, actualizar, rectificar y suprimir tus datos, revocar '
                + 'la autorización que das al registrarte y pedir prueba de ella.'),
            ...section('Cómo ejercerlos en la aplicación',
                'En «Mi cuenta» puedes descargar todos tus datos (un archivo JSON), cambiar tu contraseña y '
                + 'eliminar tu cuenta: se borran tu cuenta, tus videos con sus archivos y tus votos, que dejan '
                + 'de contar en los rankings. Si olvidaste tu contraseña, pide un enlace desde «Iniciar sesión».'),
            ...section('Autorización',
                'Al crear tu cuenta aceptas este tratamiento; guardamos la fecha y hora en que lo hiciste.')),
        h('p', {}, h('a', { href: '#/signup' }, 'Volver al registro')));
}
